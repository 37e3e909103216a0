/** Route params arrive percent-encoded or not depending on the path; never throw on a stray '%'. */
export function decodeRouteId(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
