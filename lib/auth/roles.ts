// Staff roles. Three form a rank: a viewer sees aggregates only (results, crosstabs, the
// overview and the report, all under the minimum group size); an analyst also reads open
// answers and downloads microdata exports; an admin also manages the survey, staff and the
// audit log. A translator stands outside the rank: it works on the questionnaire's wording
// (drafts, spreadsheets, previews) and sees no results at all, so every rank check refuses it.
// Work that is not a rank (the questionnaire editor) is a named permission instead.
export type StaffRole = "admin" | "analyst" | "viewer" | "translator";
export type RankedRole = Exclude<StaffRole, "translator">;

export const STAFF_ROLES: readonly StaffRole[] = ["admin", "analyst", "viewer", "translator"] as const;

const RANK: Record<RankedRole, number> = { viewer: 0, analyst: 1, admin: 2 };

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

/** What a role may do beyond its rank. */
export const PERMISSIONS = {
  /** Read the questionnaire editor, its statuses and previews. */
  "questionnaire.read": ["admin", "analyst", "translator"],
  /** Edit the draft's texts and upload string spreadsheets. */
  "questionnaire.edit": ["admin", "translator"],
  /** Publish the draft as the next version. */
  "questionnaire.publish": ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

/** A guard's requirement: a minimum rank, or a named permission. */
export type Access = RankedRole | Permission;

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** Whether an account with `role` may do what `required` guards. */
export function roleSatisfies(role: StaffRole, required: Access): boolean {
  if (isPermission(required)) return (PERMISSIONS[required] as readonly StaffRole[]).includes(role);
  if (role === "translator") return false;
  return RANK[role] >= RANK[required];
}

/** Where a role lands after signing in: the overview, or for a translator (who sees no results) the editor. */
export function staffHome(role: StaffRole): string {
  return role === "translator" ? "/admin/questionnaire" : "/admin";
}
