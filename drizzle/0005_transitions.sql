CREATE TABLE "uebergang_eintraege" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"liste_id" uuid NOT NULL,
	"runde_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kennung" text NOT NULL,
	"nachname" text NOT NULL,
	"vorname" text NOT NULL,
	"geburtsdatum" date,
	"geschlecht" text,
	"klasse" text,
	"strasse" text,
	"plz" text,
	"ort" text,
	"zielschule" text,
	"zielschule_id" uuid
);
--> statement-breakpoint
CREATE TABLE "uebergang_entscheidungen" (
	"runde_id" uuid NOT NULL,
	"abgang_schluessel" text NOT NULL,
	"anmeldung_schluessel" text NOT NULL,
	"entscheidung" text NOT NULL,
	"entschieden_von" uuid,
	"entschieden_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "uebergang_entscheidungen_runde_id_abgang_schluessel_anmeldung_schluessel_pk" PRIMARY KEY("runde_id","abgang_schluessel","anmeldung_schluessel")
);
--> statement-breakpoint
CREATE TABLE "uebergang_faelle" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runde_id" uuid NOT NULL,
	"art" text NOT NULL,
	"schluessel" text NOT NULL,
	"eintraege" json NOT NULL,
	"status" text DEFAULT 'offen' NOT NULL,
	"zugewiesen_an" uuid,
	"grund" text,
	"notiz" text,
	"erledigt_von" uuid,
	"erledigt_am" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uebergang_kommentare" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fall_id" uuid NOT NULL,
	"autor_id" uuid,
	"text" text NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uebergang_listen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runde_id" uuid NOT NULL,
	"schule_id" uuid NOT NULL,
	"art" text NOT NULL,
	"eintraege" integer NOT NULL,
	"hochgeladen_von" uuid,
	"hochgeladen_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uebergang_paare" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runde_id" uuid NOT NULL,
	"abgang_id" uuid NOT NULL,
	"anmeldung_id" uuid NOT NULL,
	"wahrscheinlichkeit" double precision NOT NULL,
	"vorschlag" text NOT NULL,
	"felder" json NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uebergang_runden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" uuid NOT NULL,
	"bezeichnung" text NOT NULL,
	"schuljahr" text NOT NULL,
	"frist" date NOT NULL,
	"aufbewahrung_tage" integer NOT NULL,
	"status" text DEFAULT 'offen' NOT NULL,
	"abgleich_am" timestamp with time zone,
	"listen_geaendert_am" timestamp with time zone,
	"abgeschlossen_am" timestamp with time zone,
	"loeschung_am" timestamp with time zone,
	"geloescht_am" timestamp with time zone,
	"statistik" json,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uebergang_schulen" (
	"runde_id" uuid NOT NULL,
	"schule_id" uuid NOT NULL,
	"seite" text NOT NULL,
	CONSTRAINT "uebergang_schulen_runde_id_schule_id_seite_pk" PRIMARY KEY("runde_id","schule_id","seite")
);
--> statement-breakpoint
ALTER TABLE "uebergang_eintraege" ADD CONSTRAINT "uebergang_eintraege_liste_id_uebergang_listen_id_fk" FOREIGN KEY ("liste_id") REFERENCES "public"."uebergang_listen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_eintraege" ADD CONSTRAINT "uebergang_eintraege_runde_id_uebergang_runden_id_fk" FOREIGN KEY ("runde_id") REFERENCES "public"."uebergang_runden"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_eintraege" ADD CONSTRAINT "uebergang_eintraege_zielschule_id_scopes_id_fk" FOREIGN KEY ("zielschule_id") REFERENCES "public"."scopes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_entscheidungen" ADD CONSTRAINT "uebergang_entscheidungen_runde_id_uebergang_runden_id_fk" FOREIGN KEY ("runde_id") REFERENCES "public"."uebergang_runden"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_entscheidungen" ADD CONSTRAINT "uebergang_entscheidungen_entschieden_von_users_id_fk" FOREIGN KEY ("entschieden_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_faelle" ADD CONSTRAINT "uebergang_faelle_runde_id_uebergang_runden_id_fk" FOREIGN KEY ("runde_id") REFERENCES "public"."uebergang_runden"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_faelle" ADD CONSTRAINT "uebergang_faelle_zugewiesen_an_scopes_id_fk" FOREIGN KEY ("zugewiesen_an") REFERENCES "public"."scopes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_faelle" ADD CONSTRAINT "uebergang_faelle_erledigt_von_users_id_fk" FOREIGN KEY ("erledigt_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_kommentare" ADD CONSTRAINT "uebergang_kommentare_fall_id_uebergang_faelle_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."uebergang_faelle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_kommentare" ADD CONSTRAINT "uebergang_kommentare_autor_id_users_id_fk" FOREIGN KEY ("autor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_listen" ADD CONSTRAINT "uebergang_listen_runde_id_uebergang_runden_id_fk" FOREIGN KEY ("runde_id") REFERENCES "public"."uebergang_runden"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_listen" ADD CONSTRAINT "uebergang_listen_schule_id_scopes_id_fk" FOREIGN KEY ("schule_id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_listen" ADD CONSTRAINT "uebergang_listen_hochgeladen_von_users_id_fk" FOREIGN KEY ("hochgeladen_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_paare" ADD CONSTRAINT "uebergang_paare_runde_id_uebergang_runden_id_fk" FOREIGN KEY ("runde_id") REFERENCES "public"."uebergang_runden"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_paare" ADD CONSTRAINT "uebergang_paare_abgang_id_uebergang_eintraege_id_fk" FOREIGN KEY ("abgang_id") REFERENCES "public"."uebergang_eintraege"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_paare" ADD CONSTRAINT "uebergang_paare_anmeldung_id_uebergang_eintraege_id_fk" FOREIGN KEY ("anmeldung_id") REFERENCES "public"."uebergang_eintraege"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_runden" ADD CONSTRAINT "uebergang_runden_kommune_id_scopes_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_runden" ADD CONSTRAINT "uebergang_runden_erstellt_von_users_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_schulen" ADD CONSTRAINT "uebergang_schulen_runde_id_uebergang_runden_id_fk" FOREIGN KEY ("runde_id") REFERENCES "public"."uebergang_runden"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uebergang_schulen" ADD CONSTRAINT "uebergang_schulen_schule_id_scopes_id_fk" FOREIGN KEY ("schule_id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "uebergang_eintraege_liste_idx" ON "uebergang_eintraege" USING btree ("liste_id","position");--> statement-breakpoint
CREATE INDEX "uebergang_eintraege_runde_idx" ON "uebergang_eintraege" USING btree ("runde_id");--> statement-breakpoint
CREATE UNIQUE INDEX "uebergang_faelle_schluessel_uq" ON "uebergang_faelle" USING btree ("runde_id","schluessel");--> statement-breakpoint
CREATE INDEX "uebergang_faelle_zugewiesen_idx" ON "uebergang_faelle" USING btree ("zugewiesen_an");--> statement-breakpoint
CREATE INDEX "uebergang_kommentare_fall_idx" ON "uebergang_kommentare" USING btree ("fall_id");--> statement-breakpoint
CREATE UNIQUE INDEX "uebergang_listen_uq" ON "uebergang_listen" USING btree ("runde_id","schule_id","art");--> statement-breakpoint
CREATE INDEX "uebergang_paare_runde_idx" ON "uebergang_paare" USING btree ("runde_id");--> statement-breakpoint
CREATE INDEX "uebergang_paare_abgang_idx" ON "uebergang_paare" USING btree ("abgang_id");--> statement-breakpoint
CREATE INDEX "uebergang_paare_anmeldung_idx" ON "uebergang_paare" USING btree ("anmeldung_id");--> statement-breakpoint
CREATE INDEX "uebergang_runden_kommune_idx" ON "uebergang_runden" USING btree ("kommune_id");--> statement-breakpoint
CREATE INDEX "uebergang_runden_loeschung_idx" ON "uebergang_runden" USING btree ("status","loeschung_am");--> statement-breakpoint
CREATE INDEX "uebergang_schulen_schule_idx" ON "uebergang_schulen" USING btree ("schule_id");