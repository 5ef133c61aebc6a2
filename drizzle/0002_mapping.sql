CREATE TABLE "akteur_standorte" (
	"akteur_id" uuid NOT NULL,
	"schule_id" uuid NOT NULL,
	CONSTRAINT "akteur_standorte_akteur_id_schule_id_pk" PRIMARY KEY("akteur_id","schule_id")
);
--> statement-breakpoint
CREATE TABLE "akteur_typen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "akteure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" uuid NOT NULL,
	"name" text NOT NULL,
	"typ" text NOT NULL,
	"kreis" text NOT NULL,
	"beschreibung" text,
	"kontakt_funktion" text,
	"kontakt_email" text,
	"kontakt_telefon" text,
	"geteilt" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"archiviert_am" timestamp with time zone,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "angebot_standorte" (
	"angebot_id" uuid NOT NULL,
	"schule_id" uuid NOT NULL,
	CONSTRAINT "angebot_standorte_angebot_id_schule_id_pk" PRIMARY KEY("angebot_id","schule_id")
);
--> statement-breakpoint
CREATE TABLE "angebote" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" uuid NOT NULL,
	"akteur_id" uuid,
	"titel" text NOT NULL,
	"beschreibung" text,
	"handlungsfeld" text NOT NULL,
	"ebene" text NOT NULL,
	"altersphasen" text[] NOT NULL,
	"zielgruppe" text,
	"stunden_pro_woche" numeric(8, 2),
	"finanzierung" text NOT NULL,
	"beginn" date,
	"ende" date,
	"status" text NOT NULL,
	"geteilt" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"archiviert_am" timestamp with time zone,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kooperationen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" uuid NOT NULL,
	"akteur_a_id" uuid NOT NULL,
	"akteur_b_id" uuid NOT NULL,
	"typ" text NOT NULL,
	"schule_id" uuid,
	"beschreibung" text,
	"seit" date,
	"version" integer DEFAULT 1 NOT NULL,
	"archiviert_am" timestamp with time zone,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "akteur_standorte" ADD CONSTRAINT "akteur_standorte_akteur_id_akteure_id_fk" FOREIGN KEY ("akteur_id") REFERENCES "public"."akteure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akteur_standorte" ADD CONSTRAINT "akteur_standorte_schule_id_schulen_id_fk" FOREIGN KEY ("schule_id") REFERENCES "public"."schulen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akteur_typen" ADD CONSTRAINT "akteur_typen_kommune_id_kommunen_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommunen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akteure" ADD CONSTRAINT "akteure_kommune_id_kommunen_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommunen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angebot_standorte" ADD CONSTRAINT "angebot_standorte_angebot_id_angebote_id_fk" FOREIGN KEY ("angebot_id") REFERENCES "public"."angebote"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angebot_standorte" ADD CONSTRAINT "angebot_standorte_schule_id_schulen_id_fk" FOREIGN KEY ("schule_id") REFERENCES "public"."schulen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angebote" ADD CONSTRAINT "angebote_kommune_id_kommunen_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommunen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angebote" ADD CONSTRAINT "angebote_akteur_id_akteure_id_fk" FOREIGN KEY ("akteur_id") REFERENCES "public"."akteure"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kooperationen" ADD CONSTRAINT "kooperationen_kommune_id_kommunen_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommunen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kooperationen" ADD CONSTRAINT "kooperationen_akteur_a_id_akteure_id_fk" FOREIGN KEY ("akteur_a_id") REFERENCES "public"."akteure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kooperationen" ADD CONSTRAINT "kooperationen_akteur_b_id_akteure_id_fk" FOREIGN KEY ("akteur_b_id") REFERENCES "public"."akteure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kooperationen" ADD CONSTRAINT "kooperationen_schule_id_schulen_id_fk" FOREIGN KEY ("schule_id") REFERENCES "public"."schulen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "akteur_standorte_schule_idx" ON "akteur_standorte" USING btree ("schule_id");--> statement-breakpoint
CREATE UNIQUE INDEX "akteur_typen_kommune_code_uq" ON "akteur_typen" USING btree ("kommune_id","code");--> statement-breakpoint
CREATE INDEX "akteure_kommune_idx" ON "akteure" USING btree ("kommune_id");--> statement-breakpoint
CREATE INDEX "akteure_typ_idx" ON "akteure" USING btree ("kommune_id","typ");--> statement-breakpoint
CREATE INDEX "angebot_standorte_schule_idx" ON "angebot_standorte" USING btree ("schule_id");--> statement-breakpoint
CREATE INDEX "angebote_kommune_idx" ON "angebote" USING btree ("kommune_id");--> statement-breakpoint
CREATE INDEX "angebote_akteur_idx" ON "angebote" USING btree ("akteur_id");--> statement-breakpoint
CREATE INDEX "angebote_feld_idx" ON "angebote" USING btree ("kommune_id","handlungsfeld");--> statement-breakpoint
CREATE INDEX "kooperationen_kommune_idx" ON "kooperationen" USING btree ("kommune_id");--> statement-breakpoint
CREATE INDEX "kooperationen_a_idx" ON "kooperationen" USING btree ("akteur_a_id");--> statement-breakpoint
CREATE INDEX "kooperationen_b_idx" ON "kooperationen" USING btree ("akteur_b_id");--> statement-breakpoint
CREATE INDEX "kooperationen_schule_idx" ON "kooperationen" USING btree ("schule_id");