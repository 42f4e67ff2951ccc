// POST /editor/import/upload – keep a CSV or XLSX file as a new import batch (editors and up).
// Checks the session and role itself (requireApiRole), answers JSON: 201 with the batch, 413 for a
// file over the limit (stated), 422 for a file that cannot be read as figures: a code, the problem as
// data (for the page to put into its reader's words) and the reason in English words.
import { NextResponse } from "next/server";
import { actorOf } from "@/lib/auth/action-helpers";
import { requireApiRole } from "@/lib/auth/guard";
import { createBatch } from "@/lib/data/figure-import";
import { fileProblemText } from "@/lib/import/messages";
import { IMPORT_LIMITS } from "@/lib/import/read";

export const dynamic = "force-dynamic";

const tooLarge = () =>
  NextResponse.json(
    {
      error: "too_large",
      limitBytes: IMPORT_LIMITS.bytes,
      problem: { code: "too_large", limit: IMPORT_LIMITS.bytes },
      message: fileProblemText({ code: "too_large", limit: IMPORT_LIMITS.bytes }),
    },
    { status: 413 },
  );

export async function POST(request: Request) {
  const user = await requireApiRole("editor");
  if (user instanceof NextResponse) return user;
  if (Number(request.headers.get("content-length")) > IMPORT_LIMITS.bytes + 256 * 1024) return tooLarge();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json(
      { error: "no_file", message: "Send the file as a form upload (multipart/form-data) in the field “file”." },
      { status: 400 },
    );
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    const problem = file instanceof File ? ({ code: "empty" } as const) : undefined;
    const message = problem ? fileProblemText(problem) : "Choose a CSV or XLSX file to upload.";
    return NextResponse.json({ error: "no_file", problem, message }, { status: 422 });
  }
  if (file.size > IMPORT_LIMITS.bytes) return tooLarge();
  const sheetField = form.get("sheet");
  const sheet = typeof sheetField === "string" && sheetField.trim() ? sheetField.trim().slice(0, 100) : null;
  const result = await createBatch(actorOf(user), { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), sheet });
  if (!result.ok) {
    return NextResponse.json(
      { error: result.problem.code, problem: result.problem, message: result.message },
      { status: result.problem.code === "too_large" ? 413 : 422 },
    );
  }
  return NextResponse.json({ batchId: result.batch.id, url: `/editor/import/${result.batch.id}` }, { status: 201 });
}
