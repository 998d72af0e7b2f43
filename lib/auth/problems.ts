// English descriptions of account problems for the command line (the UI translates the
// same codes through lib/i18n/staff.ts).
import { PASSWORD_MIN_LENGTH } from "./config";
import type { AccountProblem } from "./accounts";

export function describeAccountProblem(problem: AccountProblem): string {
  switch (problem) {
    case "tooShort":
      return `the password must be at least ${PASSWORD_MIN_LENGTH} characters long`;
    case "tooLong":
      return "the password is too long";
    case "common":
      return "the password is too common; choose a longer, less predictable one";
    case "containsEmail":
      return "the password must not contain the email address";
    case "invalidEmail":
      return "the email address is not valid";
    case "emailTaken":
      return "an account with this email already exists";
    case "notFound":
      return "no such account";
    case "lastAdmin":
      return "this is the last active admin; create or enable another admin first";
  }
}
