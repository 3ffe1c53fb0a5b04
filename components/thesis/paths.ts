/** Library URLs, in one place so that links from cases, prompts and search agree. */
export const libraryPaths = {
  library: (courseId: string) => `/courses/${courseId}/library`,
  reader: (courseId: string, thesisId: string, place: { chapterId?: string | null; sectionId?: string | null; anchor?: string | null } = {}) => {
    const params = new URLSearchParams();
    if (place.chapterId) params.set("chapter", place.chapterId);
    if (place.anchor) params.set("p", place.anchor);
    const query = params.toString();
    const hash = place.anchor ? `#${place.anchor}` : place.sectionId ? `#section-${place.sectionId}` : "";
    return `/courses/${courseId}/library/${thesisId}${query ? `?${query}` : ""}${hash}`;
  },
  derive: (courseId: string, thesisId: string, kind: "case" | "prompt", anchors: string[]) => {
    const params = new URLSearchParams([["kind", kind], ...anchors.map((anchor) => ["p", anchor])]);
    return `/courses/${courseId}/library/${thesisId}/derive?${params.toString()}`;
  },
};
