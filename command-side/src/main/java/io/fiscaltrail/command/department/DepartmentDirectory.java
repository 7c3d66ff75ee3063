package io.fiscaltrail.command.department;

import io.fiscaltrail.kernel.department.DepartmentCode;

/** Tells the write side whether a budget unit has been registered. */
public interface DepartmentDirectory {

  boolean isRegistered(DepartmentCode code);
}
