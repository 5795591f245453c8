// dotnet-ef needs an executable start-up project; the factories below do the real work.
return 0;
