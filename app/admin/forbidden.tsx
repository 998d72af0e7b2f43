// Rendered by Next's forbidden() (experimental auth interrupts) with a real 403 status.
import ForbiddenPage from "./forbidden/page";

export default ForbiddenPage;
