CREATE TABLE "kommunen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"name" text NOT NULL,
	"art" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kommunen_ags_unique" UNIQUE("ags")
);
--> statement-breakpoint
CREATE TABLE "schulen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"schulnummer" text NOT NULL,
	"kommune_id" uuid NOT NULL,
	"sozialraum_id" uuid,
	"schulform" text NOT NULL,
	"name" text NOT NULL,
	"zusatz" text,
	"strasse" text,
	"plz" text,
	"ort" text,
	"rechtsstatus" text NOT NULL,
	"schueler" integer,
	"sozialindex" smallint,
	"startchancen" boolean DEFAULT false NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"schuljahr" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schulen_schulnummer_unique" UNIQUE("schulnummer")
);
--> statement-breakpoint
CREATE TABLE "sozialraeume" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" uuid NOT NULL,
	"name" text NOT NULL,
	"beschreibung" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kommunen" ADD CONSTRAINT "kommunen_id_scopes_id_fk" FOREIGN KEY ("id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schulen" ADD CONSTRAINT "schulen_id_scopes_id_fk" FOREIGN KEY ("id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schulen" ADD CONSTRAINT "schulen_kommune_id_kommunen_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommunen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schulen" ADD CONSTRAINT "schulen_sozialraum_id_sozialraeume_id_fk" FOREIGN KEY ("sozialraum_id") REFERENCES "public"."sozialraeume"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sozialraeume" ADD CONSTRAINT "sozialraeume_kommune_id_kommunen_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommunen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "schulen_kommune_idx" ON "schulen" USING btree ("kommune_id");--> statement-breakpoint
CREATE INDEX "schulen_sozialindex_idx" ON "schulen" USING btree ("sozialindex");--> statement-breakpoint
CREATE INDEX "schulen_schulform_idx" ON "schulen" USING btree ("schulform");--> statement-breakpoint
CREATE INDEX "schulen_sozialraum_idx" ON "schulen" USING btree ("sozialraum_id");--> statement-breakpoint
CREATE INDEX "sozialraeume_kommune_idx" ON "sozialraeume" USING btree ("kommune_id");