-- CreateTable
CREATE TABLE "QuestionnaireVersion" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Response" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "id" TEXT NOT NULL,
    "questionnaireVersion" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "submittedOn" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "answersHash" TEXT NOT NULL,
    "screening" INTEGER,
    "gender" INTEGER,
    "ageGroup" INTEGER,
    "region" INTEGER
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "responseSeq" INTEGER NOT NULL,
    "variable" TEXT NOT NULL,
    "code" INTEGER,
    "text" TEXT,
    CONSTRAINT "Answer_responseSeq_fkey" FOREIGN KEY ("responseSeq") REFERENCES "Response" ("seq") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'ru',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "details" TEXT NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "blockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireVersion_id_version_key" ON "QuestionnaireVersion"("id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Response_id_key" ON "Response"("id");

-- CreateIndex
CREATE INDEX "Response_submittedOn_idx" ON "Response"("submittedOn");

-- CreateIndex
CREATE INDEX "Response_region_idx" ON "Response"("region");

-- CreateIndex
CREATE INDEX "Response_gender_idx" ON "Response"("gender");

-- CreateIndex
CREATE INDEX "Response_ageGroup_idx" ON "Response"("ageGroup");

-- CreateIndex
CREATE INDEX "Response_screening_idx" ON "Response"("screening");

-- CreateIndex
CREATE INDEX "Response_locale_idx" ON "Response"("locale");

-- CreateIndex
CREATE INDEX "Answer_variable_code_idx" ON "Answer"("variable", "code");

-- CreateIndex
CREATE INDEX "Answer_responseSeq_idx" ON "Answer"("responseSeq");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

