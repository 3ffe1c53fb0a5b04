import { csvDownload } from "@/server/api/csv-download";
import { serverApi } from "@/server/api/server-caller";

/** Every final grade's criteria, one row per student × criterion; grade.exportRubricDetail decides who may have it. */
export async function GET(_request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return csvDownload(async () => (await serverApi()).grade.exportRubricDetail({ courseId }));
}
