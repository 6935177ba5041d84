import { errorResponse } from "@/lib/http/errors";

// Unknown API paths answer in the API's own error shape, not with an HTML page.
const notFound = () => errorResponse(404, "No such API endpoint. See the README for /api/foods, /api/analyze, /api/suggest and /api/parse.");
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
