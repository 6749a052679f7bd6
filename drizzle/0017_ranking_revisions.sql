CREATE TABLE "ranking_revisions" (
	"competition_id" uuid PRIMARY KEY NOT NULL,
	"revision" bigint DEFAULT 1 NOT NULL
);
