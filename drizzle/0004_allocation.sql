CREATE TABLE "verteilung_freigaben" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"szenario_id" uuid NOT NULL,
	"bezeichnung" text NOT NULL,
	"token_hash" text NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"zuletzt_genutzt_am" timestamp with time zone,
	"widerrufen_am" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "verteilung_szenarien" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope_id" uuid NOT NULL,
	"name" text NOT NULL,
	"beschreibung" text,
	"aktuelle_version" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_von" uuid,
	"archiviert_am" timestamp with time zone,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verteilung_versionen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"szenario_id" uuid NOT NULL,
	"nummer" integer NOT NULL,
	"name" text NOT NULL,
	"modell" json NOT NULL,
	"ergebnis" json NOT NULL,
	"zuteilung" json NOT NULL,
	"summe" double precision NOT NULL,
	"einheiten" integer NOT NULL,
	"schulen" integer NOT NULL,
	"seed" text NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "verteilung_freigaben" ADD CONSTRAINT "verteilung_freigaben_szenario_id_verteilung_szenarien_id_fk" FOREIGN KEY ("szenario_id") REFERENCES "public"."verteilung_szenarien"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verteilung_freigaben" ADD CONSTRAINT "verteilung_freigaben_erstellt_von_users_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verteilung_szenarien" ADD CONSTRAINT "verteilung_szenarien_scope_id_scopes_id_fk" FOREIGN KEY ("scope_id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verteilung_szenarien" ADD CONSTRAINT "verteilung_szenarien_erstellt_von_users_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verteilung_versionen" ADD CONSTRAINT "verteilung_versionen_szenario_id_verteilung_szenarien_id_fk" FOREIGN KEY ("szenario_id") REFERENCES "public"."verteilung_szenarien"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verteilung_versionen" ADD CONSTRAINT "verteilung_versionen_erstellt_von_users_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "verteilung_freigaben_token_uq" ON "verteilung_freigaben" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "verteilung_freigaben_szenario_idx" ON "verteilung_freigaben" USING btree ("szenario_id");--> statement-breakpoint
CREATE INDEX "verteilung_szenarien_scope_idx" ON "verteilung_szenarien" USING btree ("scope_id");--> statement-breakpoint
CREATE UNIQUE INDEX "verteilung_versionen_nummer_uq" ON "verteilung_versionen" USING btree ("szenario_id","nummer");