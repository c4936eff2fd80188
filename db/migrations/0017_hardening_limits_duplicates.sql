CREATE TABLE "sign_in_addresses" (
	"email" text NOT NULL,
	"address" text NOT NULL,
	"last_success_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_addresses_email_address_pk" PRIMARY KEY("email","address")
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "duplicate_of_order_id" uuid;--> statement-breakpoint
ALTER TABLE "rate_limit_buckets" ADD COLUMN "last_hit_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "orders_duplicate_idx" ON "orders" USING btree ("duplicate_of_order_id") WHERE "orders"."duplicate_of_order_id" IS NOT NULL;