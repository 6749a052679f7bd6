DROP TABLE "commission_member_details" CASCADE;--> statement-breakpoint
DROP TABLE "competition_scoring" CASCADE;--> statement-breakpoint
DROP TABLE "formal_reviews" CASCADE;--> statement-breakpoint
DROP TABLE "grant_decisions" CASCADE;--> statement-breakpoint
DROP TABLE "grant_responses" CASCADE;--> statement-breakpoint
DROP TABLE "impartiality_declarations" CASCADE;