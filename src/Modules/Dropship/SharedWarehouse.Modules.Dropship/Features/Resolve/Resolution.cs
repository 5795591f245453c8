namespace SharedWarehouse.Modules.Dropship.Features.Resolve;

public enum Resolution { SwitchStall = 1, Requeue = 2, CorrectPrice = 3 }
