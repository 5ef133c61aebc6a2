CREATE TABLE "anmeldungen" (
	"treffen_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"angemeldet_am" timestamp with time zone DEFAULT now() NOT NULL,
	"anwesend" boolean,
	CONSTRAINT "anmeldungen_treffen_id_user_id_pk" PRIMARY KEY("treffen_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ergebnisse" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"netzwerk_id" uuid NOT NULL,
	"treffen_id" uuid NOT NULL,
	"art" text NOT NULL,
	"text" text NOT NULL,
	"verantwortlich_id" uuid,
	"faellig_am" date,
	"status" text,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kalender_abos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"netzwerk_id" uuid,
	"bezeichnung" text NOT NULL,
	"token_hash" text NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"zuletzt_abgerufen_am" timestamp with time zone,
	"widerrufen_am" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "netzwerk_kommunen" (
	"netzwerk_id" uuid NOT NULL,
	"kommune_id" uuid NOT NULL,
	CONSTRAINT "netzwerk_kommunen_netzwerk_id_kommune_id_pk" PRIMARY KEY("netzwerk_id","kommune_id")
);
--> statement-breakpoint
CREATE TABLE "netzwerk_mitglieder" (
	"netzwerk_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rolle" text NOT NULL,
	"seit" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "netzwerk_mitglieder_netzwerk_id_user_id_pk" PRIMARY KEY("netzwerk_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "netzwerke" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"beschreibung" text,
	"ebene" text NOT NULL,
	"schwerpunkt" text NOT NULL,
	"land" text NOT NULL,
	"traeger_scope_id" uuid NOT NULL,
	"archiviert_am" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sitzungsreihen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"netzwerk_id" uuid NOT NULL,
	"titel" text NOT NULL,
	"vorlage" text,
	"regel" text NOT NULL,
	"beginn" text NOT NULL,
	"dauer_minuten" integer NOT NULL,
	"zeitzone" text DEFAULT 'Europe/Berlin' NOT NULL,
	"ort" text,
	"online_link" text,
	"kapazitaet" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tagesordnungspunkte" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"treffen_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"art" text NOT NULL,
	"titel" text NOT NULL,
	"referent" text,
	"dauer_minuten" integer,
	"weitergabe_id" uuid,
	"notiz" text
);
--> statement-breakpoint
CREATE TABLE "treffen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"netzwerk_id" uuid NOT NULL,
	"reihe_id" uuid,
	"reihe_termin" text,
	"titel" text NOT NULL,
	"beginn" timestamp with time zone NOT NULL,
	"ende" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'geplant' NOT NULL,
	"absage_grund" text,
	"verschoben" boolean DEFAULT false NOT NULL,
	"ort" text,
	"online_link" text,
	"kapazitaet" integer,
	"protokoll" text,
	"sequenz" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weitergaben" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ergebnis_id" uuid NOT NULL,
	"von_netzwerk_id" uuid NOT NULL,
	"an_netzwerk_id" uuid NOT NULL,
	"notiz" text,
	"weitergegeben_von" uuid,
	"weitergegeben_am" timestamp with time zone DEFAULT now() NOT NULL,
	"empfangen_von" uuid,
	"empfangen_am" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "anmeldungen" ADD CONSTRAINT "anmeldungen_treffen_id_treffen_id_fk" FOREIGN KEY ("treffen_id") REFERENCES "public"."treffen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anmeldungen" ADD CONSTRAINT "anmeldungen_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ergebnisse" ADD CONSTRAINT "ergebnisse_netzwerk_id_netzwerke_id_fk" FOREIGN KEY ("netzwerk_id") REFERENCES "public"."netzwerke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ergebnisse" ADD CONSTRAINT "ergebnisse_treffen_id_treffen_id_fk" FOREIGN KEY ("treffen_id") REFERENCES "public"."treffen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ergebnisse" ADD CONSTRAINT "ergebnisse_verantwortlich_id_users_id_fk" FOREIGN KEY ("verantwortlich_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kalender_abos" ADD CONSTRAINT "kalender_abos_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kalender_abos" ADD CONSTRAINT "kalender_abos_netzwerk_id_netzwerke_id_fk" FOREIGN KEY ("netzwerk_id") REFERENCES "public"."netzwerke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "netzwerk_kommunen" ADD CONSTRAINT "netzwerk_kommunen_netzwerk_id_netzwerke_id_fk" FOREIGN KEY ("netzwerk_id") REFERENCES "public"."netzwerke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "netzwerk_kommunen" ADD CONSTRAINT "netzwerk_kommunen_kommune_id_kommunen_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."kommunen"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "netzwerk_mitglieder" ADD CONSTRAINT "netzwerk_mitglieder_netzwerk_id_netzwerke_id_fk" FOREIGN KEY ("netzwerk_id") REFERENCES "public"."netzwerke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "netzwerk_mitglieder" ADD CONSTRAINT "netzwerk_mitglieder_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "netzwerke" ADD CONSTRAINT "netzwerke_traeger_scope_id_scopes_id_fk" FOREIGN KEY ("traeger_scope_id") REFERENCES "public"."scopes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sitzungsreihen" ADD CONSTRAINT "sitzungsreihen_netzwerk_id_netzwerke_id_fk" FOREIGN KEY ("netzwerk_id") REFERENCES "public"."netzwerke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tagesordnungspunkte" ADD CONSTRAINT "tagesordnungspunkte_treffen_id_treffen_id_fk" FOREIGN KEY ("treffen_id") REFERENCES "public"."treffen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treffen" ADD CONSTRAINT "treffen_netzwerk_id_netzwerke_id_fk" FOREIGN KEY ("netzwerk_id") REFERENCES "public"."netzwerke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treffen" ADD CONSTRAINT "treffen_reihe_id_sitzungsreihen_id_fk" FOREIGN KEY ("reihe_id") REFERENCES "public"."sitzungsreihen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weitergaben" ADD CONSTRAINT "weitergaben_ergebnis_id_ergebnisse_id_fk" FOREIGN KEY ("ergebnis_id") REFERENCES "public"."ergebnisse"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weitergaben" ADD CONSTRAINT "weitergaben_von_netzwerk_id_netzwerke_id_fk" FOREIGN KEY ("von_netzwerk_id") REFERENCES "public"."netzwerke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weitergaben" ADD CONSTRAINT "weitergaben_an_netzwerk_id_netzwerke_id_fk" FOREIGN KEY ("an_netzwerk_id") REFERENCES "public"."netzwerke"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weitergaben" ADD CONSTRAINT "weitergaben_weitergegeben_von_users_id_fk" FOREIGN KEY ("weitergegeben_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weitergaben" ADD CONSTRAINT "weitergaben_empfangen_von_users_id_fk" FOREIGN KEY ("empfangen_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "anmeldungen_user_idx" ON "anmeldungen" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ergebnisse_treffen_idx" ON "ergebnisse" USING btree ("treffen_id");--> statement-breakpoint
CREATE INDEX "ergebnisse_netzwerk_idx" ON "ergebnisse" USING btree ("netzwerk_id");--> statement-breakpoint
CREATE INDEX "ergebnisse_verantwortlich_idx" ON "ergebnisse" USING btree ("verantwortlich_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "kalender_abos_token_uq" ON "kalender_abos" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "kalender_abos_user_idx" ON "kalender_abos" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "netzwerk_kommunen_kommune_idx" ON "netzwerk_kommunen" USING btree ("kommune_id");--> statement-breakpoint
CREATE INDEX "netzwerk_mitglieder_user_idx" ON "netzwerk_mitglieder" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "netzwerke_traeger_idx" ON "netzwerke" USING btree ("traeger_scope_id");--> statement-breakpoint
CREATE INDEX "sitzungsreihen_netzwerk_idx" ON "sitzungsreihen" USING btree ("netzwerk_id");--> statement-breakpoint
CREATE INDEX "tagesordnungspunkte_treffen_idx" ON "tagesordnungspunkte" USING btree ("treffen_id","position");--> statement-breakpoint
CREATE INDEX "treffen_netzwerk_beginn_idx" ON "treffen" USING btree ("netzwerk_id","beginn");--> statement-breakpoint
CREATE UNIQUE INDEX "treffen_reihe_termin_uq" ON "treffen" USING btree ("reihe_id","reihe_termin");--> statement-breakpoint
CREATE UNIQUE INDEX "weitergaben_ergebnis_an_uq" ON "weitergaben" USING btree ("ergebnis_id","an_netzwerk_id");--> statement-breakpoint
CREATE INDEX "weitergaben_an_idx" ON "weitergaben" USING btree ("an_netzwerk_id","weitergegeben_am");