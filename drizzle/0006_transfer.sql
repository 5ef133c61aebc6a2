CREATE TABLE "kontext_fragen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"dimension" text NOT NULL,
	"frage" text NOT NULL,
	"hinweis" text,
	"aktiv" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "luecken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" uuid NOT NULL,
	"handlungsfeld" text NOT NULL,
	"altersphase" text NOT NULL,
	"beschreibung" text NOT NULL,
	"prioritaet" text NOT NULL,
	"status" text DEFAULT 'offen' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "praxis_kontext" (
	"praxis_id" uuid NOT NULL,
	"frage_id" uuid NOT NULL,
	"antwort" text NOT NULL,
	CONSTRAINT "praxis_kontext_praxis_id_frage_id_pk" PRIMARY KEY("praxis_id","frage_id")
);
--> statement-breakpoint
CREATE TABLE "praxisbeispiele" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" uuid NOT NULL,
	"titel" text NOT NULL,
	"beschreibung" text NOT NULL,
	"handlungsfelder" text[] NOT NULL,
	"altersphasen" text[] NOT NULL,
	"zielgruppen" text[] NOT NULL,
	"ressourcen" json NOT NULL,
	"seit" integer,
	"kontakt" json NOT NULL,
	"links" text[] NOT NULL,
	"suchtext" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfer_fragen" (
	"transfer_id" uuid NOT NULL,
	"frage_id" uuid NOT NULL,
	"antwort" text,
	"beantwortet_am" timestamp with time zone,
	CONSTRAINT "transfer_fragen_transfer_id_frage_id_pk" PRIMARY KEY("transfer_id","frage_id")
);
--> statement-breakpoint
CREATE TABLE "transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"praxis_id" uuid NOT NULL,
	"luecke_id" uuid,
	"anfragende_kommune_id" uuid NOT NULL,
	"abgebende_kommune_id" uuid NOT NULL,
	"anliegen" text NOT NULL,
	"phase" text DEFAULT 'angefragt' NOT NULL,
	"termin" timestamp with time zone,
	"ort" text,
	"treffen_id" uuid,
	"angepasste_umsetzung" text,
	"erfahrung" text,
	"abgeschlossen_am" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kontext_fragen" ADD CONSTRAINT "kontext_fragen_erstellt_von_users_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "luecken" ADD CONSTRAINT "luecken_kommune_id_scopes_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "luecken" ADD CONSTRAINT "luecken_erstellt_von_users_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praxis_kontext" ADD CONSTRAINT "praxis_kontext_praxis_id_praxisbeispiele_id_fk" FOREIGN KEY ("praxis_id") REFERENCES "public"."praxisbeispiele"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praxis_kontext" ADD CONSTRAINT "praxis_kontext_frage_id_kontext_fragen_id_fk" FOREIGN KEY ("frage_id") REFERENCES "public"."kontext_fragen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praxisbeispiele" ADD CONSTRAINT "praxisbeispiele_kommune_id_scopes_id_fk" FOREIGN KEY ("kommune_id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praxisbeispiele" ADD CONSTRAINT "praxisbeispiele_erstellt_von_users_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_fragen" ADD CONSTRAINT "transfer_fragen_transfer_id_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."transfers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_fragen" ADD CONSTRAINT "transfer_fragen_frage_id_kontext_fragen_id_fk" FOREIGN KEY ("frage_id") REFERENCES "public"."kontext_fragen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_praxis_id_praxisbeispiele_id_fk" FOREIGN KEY ("praxis_id") REFERENCES "public"."praxisbeispiele"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_luecke_id_luecken_id_fk" FOREIGN KEY ("luecke_id") REFERENCES "public"."luecken"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_anfragende_kommune_id_scopes_id_fk" FOREIGN KEY ("anfragende_kommune_id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_abgebende_kommune_id_scopes_id_fk" FOREIGN KEY ("abgebende_kommune_id") REFERENCES "public"."scopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_erstellt_von_users_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kontext_fragen_code_uq" ON "kontext_fragen" USING btree ("code");--> statement-breakpoint
CREATE INDEX "kontext_fragen_dimension_idx" ON "kontext_fragen" USING btree ("dimension");--> statement-breakpoint
CREATE INDEX "luecken_kommune_idx" ON "luecken" USING btree ("kommune_id");--> statement-breakpoint
CREATE INDEX "praxisbeispiele_kommune_idx" ON "praxisbeispiele" USING btree ("kommune_id");--> statement-breakpoint
CREATE INDEX "transfers_anfragend_idx" ON "transfers" USING btree ("anfragende_kommune_id");--> statement-breakpoint
CREATE INDEX "transfers_abgebend_idx" ON "transfers" USING btree ("abgebende_kommune_id");--> statement-breakpoint
CREATE INDEX "transfers_praxis_idx" ON "transfers" USING btree ("praxis_id");