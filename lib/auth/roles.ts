// Staff roles, by rank: a viewer sees aggregates only (results, crosstabs, the overview
// and the report, all under the minimum group size); an analyst also reads open answers
// and downloads microdata exports; an admin also manages the survey, staff and the audit
// log. Checks compare ranks instead of listing roles at every call site.
export type StaffRole = "admin" | "analyst" | "viewer";

export const STAFF_ROLES: readonly StaffRole[] = ["admin", "analyst", "viewer"] as const;

const RANK: Record<StaffRole, number> = { viewer: 0, analyst: 1, admin: 2 };

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

/** Whether an account with `role` may do what `required` guards. */
export function roleSatisfies(role: StaffRole, required: StaffRole): boolean {
  return RANK[role] >= RANK[required];
}
