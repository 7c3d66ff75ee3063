package io.fiscaltrail.access.account;

import io.fiscaltrail.access.Role;
import java.util.List;

/** An account as the administration routes answer it; the password hash never leaves the store. */
public record AccountView(String username, List<Role> roles, List<String> departments) {}
