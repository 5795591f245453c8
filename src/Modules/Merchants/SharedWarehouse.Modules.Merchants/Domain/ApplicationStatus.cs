namespace SharedWarehouse.Modules.Merchants.Domain;

public enum ApplicationStatus { Draft = 0, Submitted = 1, Approved = 2, Rejected = 3, Resubmitted = 4 }

public enum ShopType { Flagship = 1, Specialty = 2, Franchise = 3, Individual = 4 }

public enum ApplicationAction { Submitted = 1, Resubmitted = 2, Approved = 3, Rejected = 4 }
