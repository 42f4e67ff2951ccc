-- CreateTable
CREATE TABLE "user_second_factor" (
    "user_id" INTEGER NOT NULL,
    "secret_encrypted" VARCHAR(500) NOT NULL,
    "enabled_at" TIMESTAMPTZ(3),
    "last_used_step" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_second_factor_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "recovery_code" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "code_hash" CHAR(64) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "recovery_code_user_id_code_hash_key" ON "recovery_code"("user_id", "code_hash");

-- AddForeignKey
ALTER TABLE "user_second_factor" ADD CONSTRAINT "user_second_factor_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a recovery code is only ever stored as a lower-case SHA-256 hex digest.
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_hash_is_sha256" CHECK ("code_hash" ~ '^[0-9a-f]{64}$');
-- A time step is a positive counter (seconds since 1970 / 30).
ALTER TABLE "user_second_factor" ADD CONSTRAINT "user_second_factor_step_positive" CHECK ("last_used_step" IS NULL OR "last_used_step" > 0);
