-- AlterTable
ALTER TABLE "app_user" DROP COLUMN "session_version";

-- CreateTable
CREATE TABLE "user_session" (
    "id" VARCHAR(64) NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "end_reason" VARCHAR(40),
    "origin" VARCHAR(500),

    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "user_session_user_id_ended_at_idx" ON "user_session"("user_id", "ended_at");

-- AddForeignKey
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (see the init migration): invariants Prisma cannot express.
-- (app_user's session_version CHECK went with its column.)
ALTER TABLE "user_session"
  ADD CONSTRAINT "user_session_lifetime_check" CHECK ("expires_at" > "created_at"),
  ADD CONSTRAINT "user_session_end_reason_check" CHECK (("ended_at" IS NULL) = ("end_reason" IS NULL));
