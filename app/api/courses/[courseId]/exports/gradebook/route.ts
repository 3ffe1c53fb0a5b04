import { csvDownload } from "@/server/api/csv-download";
import { serverApi } from "@/server/api/server-caller";

/** The course's gradebook for Canvas's import; grade.exportGradebook decides who may have it. */
export async function GET(_request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return csvDownload(async () => (await serverApi()).grade.exportGradebook({ courseId }));
}
