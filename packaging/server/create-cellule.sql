-- Serveur de la cellule (PostgreSQL >= 15) : rôles et droits, imposés par PostgreSQL lui-même.
--
-- À exécuter par l'administrateur, dans la base de la cellule, APRÈS que le schéma de
-- l'application y a été créé (même rôle propriétaire que les tables, par exemple :
--     psql "postgresql://admin@serveur/cellule" -f create-cellule.sql
-- ). Le script peut être rejoué sans dommage ; il faut le rejouer après chaque mise à jour de
-- l'application qui ajoute des tables (une table qu'il ne connaît pas reste interdite aux
-- référents et aux managers).
--
-- Ce qu'il met en place :
--   * deux rôles de groupe sans connexion : cellule_referent et cellule_manager ;
--   * un référent lit et modifie les dossiers qui lui sont attribués (case_file.assigned_to =
--     son nom de connexion PostgreSQL) et lit ceux des autres si l'option
--     cellule_options.referents_read_others est vraie (valeur par défaut) ;
--   * un manager lit tous les dossiers, les modifie et les réattribue (UPDATE de assigned_to),
--     et règle l'option ci-dessus ;
--   * les tables rattachées à un dossier (intervenants, missions, indicateurs, réunions,
--     historique, paiements…) suivent les droits de leur dossier ;
--   * les versions de règles (rules_version) sont partagées : lues et écrites par tous ;
--   * la révision de chaque dossier (case_revision, tenue par la synchronisation) suit les droits
--     de son dossier : un référent ne peut pas faire avancer celle du dossier d'un autre, ni le
--     supprimer ; la trace d'un dossier supprimé (deleted_at, deleted_by) est lue par tous ;
--   * les réglages propres à chaque poste (app_settings) et son état de synchronisation
--     (sync_base, sync_conflict, inutilisés sur le serveur) ne sont accessibles à personne.
--
-- Comptes de connexion (un par personne, mot de passe choisi par l'administrateur) :
--     CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE cellule_referent;
--     CREATE ROLE claire LOGIN PASSWORD '…' IN ROLE cellule_manager;
-- Attribuer un dossier : UPDATE case_file SET assigned_to = 'alice' WHERE id = '…';
-- Interdire aux référents de lire les dossiers des autres :
--     UPDATE cellule_options SET referents_read_others = FALSE;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cellule_referent') THEN
        CREATE ROLE cellule_referent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cellule_manager') THEN
        CREATE ROLE cellule_manager NOLOGIN;
    END IF;
END
$$;

-- L'option de la cellule : une seule ligne.
CREATE TABLE IF NOT EXISTS cellule_options (
    id                    INTEGER PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    referents_read_others BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO cellule_options (id) VALUES (1) ON CONFLICT (id) DO NOTHING;

-- Un dossier créé par un référent lui est attribué.
ALTER TABLE case_file ALTER COLUMN assigned_to SET DEFAULT current_user;

CREATE OR REPLACE FUNCTION cellule_referents_read_others() RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    AS $f$ SELECT COALESCE((SELECT referents_read_others FROM cellule_options WHERE id = 1), FALSE) $f$;

-- Un dossier que l'utilisateur voit (les règles de case_file s'appliquent à la sous-requête).
CREATE OR REPLACE FUNCTION cellule_readable(p_case UUID) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    AS $f$ SELECT EXISTS (SELECT 1 FROM case_file c WHERE c.id = p_case) $f$;

-- Un dossier que l'utilisateur peut modifier : le sien, ou n'importe lequel pour un manager.
CREATE OR REPLACE FUNCTION cellule_writable(p_case UUID) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    AS $f$ SELECT EXISTS (SELECT 1 FROM case_file c WHERE c.id = p_case
                          AND (c.assigned_to = current_user OR pg_has_role('cellule_manager', 'MEMBER'))) $f$;

DO $$
DECLARE
    s TEXT := current_schema();
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO cellule_referent, cellule_manager', s);
END
$$;
GRANT SELECT ON flyway_schema_history TO cellule_referent, cellule_manager;
GRANT SELECT ON cellule_options TO cellule_referent, cellule_manager;
GRANT UPDATE (referents_read_others) ON cellule_options TO cellule_manager;
GRANT SELECT, INSERT, UPDATE ON rules_version TO cellule_referent, cellule_manager;

-- Les dossiers.
ALTER TABLE case_file ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON case_file TO cellule_referent, cellule_manager;
DROP POLICY IF EXISTS referent_reads ON case_file;
CREATE POLICY referent_reads ON case_file FOR SELECT TO cellule_referent
    USING (assigned_to = current_user OR cellule_referents_read_others());
DROP POLICY IF EXISTS referent_creates ON case_file;
CREATE POLICY referent_creates ON case_file FOR INSERT TO cellule_referent
    WITH CHECK (assigned_to = current_user);
-- Un référent ne peut ni prendre ni céder un dossier : seul un manager réattribue.
DROP POLICY IF EXISTS referent_writes ON case_file;
CREATE POLICY referent_writes ON case_file FOR UPDATE TO cellule_referent
    USING (assigned_to = current_user) WITH CHECK (assigned_to = current_user);
DROP POLICY IF EXISTS referent_deletes ON case_file;
CREATE POLICY referent_deletes ON case_file FOR DELETE TO cellule_referent
    USING (assigned_to = current_user);
DROP POLICY IF EXISTS manager_all ON case_file;
CREATE POLICY manager_all ON case_file FOR ALL TO cellule_manager USING (TRUE) WITH CHECK (TRUE);

-- Les tables rattachées à un dossier : par leur colonne case_id, ou par la table parente qui
-- porte case_id (indicateur, réunion, avenant).
DO $$
DECLARE
    s TEXT := current_schema();
    t RECORD;
BEGIN
    FOR t IN
        SELECT c.table_name AS name, 'case_id' AS case_expr
          FROM information_schema.columns c
         WHERE c.table_schema = s AND c.column_name = 'case_id' AND c.table_name <> 'case_file'
           AND c.table_name NOT IN ('sync_base', 'sync_conflict')
        UNION ALL
        SELECT v.name, v.case_expr FROM (VALUES
            ('indicator_year', '(SELECT p.case_id FROM indicator p WHERE p.id = indicator_id)'),
            ('indicator_tier', '(SELECT p.case_id FROM indicator p WHERE p.id = indicator_id)'),
            ('meeting_participant', '(SELECT p.case_id FROM meeting p WHERE p.id = meeting_id)'),
            ('meeting_action', '(SELECT p.case_id FROM meeting p WHERE p.id = meeting_id)'),
            ('contract_amendment_mission',
                '(SELECT p.case_id FROM contract_amendment p WHERE p.id = amendment_id)')
        ) AS v(name, case_expr)
    LOOP
        EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', s, t.name);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I.%I TO cellule_referent, cellule_manager',
                       s, t.name);
        EXECUTE format('DROP POLICY IF EXISTS case_reads ON %I.%I', s, t.name);
        EXECUTE format('CREATE POLICY case_reads ON %I.%I FOR SELECT TO cellule_referent, cellule_manager '
                       'USING (cellule_readable(%s))', s, t.name, t.case_expr);
        EXECUTE format('DROP POLICY IF EXISTS case_creates ON %I.%I', s, t.name);
        EXECUTE format('CREATE POLICY case_creates ON %I.%I FOR INSERT TO cellule_referent, cellule_manager '
                       'WITH CHECK (cellule_writable(%s))', s, t.name, t.case_expr);
        EXECUTE format('DROP POLICY IF EXISTS case_writes ON %I.%I', s, t.name);
        EXECUTE format('CREATE POLICY case_writes ON %I.%I FOR UPDATE TO cellule_referent, cellule_manager '
                       'USING (cellule_writable(%s)) WITH CHECK (cellule_writable(%s))',
                       s, t.name, t.case_expr, t.case_expr);
        EXECUTE format('DROP POLICY IF EXISTS case_deletes ON %I.%I', s, t.name);
        EXECUTE format('CREATE POLICY case_deletes ON %I.%I FOR DELETE TO cellule_referent, cellule_manager '
                       'USING (cellule_writable(%s))', s, t.name, t.case_expr);
    END LOOP;
END
$$;

-- Un dossier supprimé par une synchronisation garde sa ligne de case_revision (deleted_at,
-- deleted_by) : tous la lisent, pour que chaque poste apprenne la suppression ; celui qui renvoie
-- le dossier (modifié sur son poste depuis) la reprend, le dossier recréé devant être le sien
-- (ou un manager).
DROP POLICY IF EXISTS tombstone_reads ON case_revision;
CREATE POLICY tombstone_reads ON case_revision FOR SELECT TO cellule_referent, cellule_manager
    USING (deleted_at IS NOT NULL);
DROP POLICY IF EXISTS tombstone_revives ON case_revision;
CREATE POLICY tombstone_revives ON case_revision FOR UPDATE TO cellule_referent, cellule_manager
    USING (deleted_at IS NOT NULL) WITH CHECK (cellule_writable(case_id));

-- L'état de synchronisation d'un poste n'a rien à faire sur le serveur : à personne.
REVOKE ALL ON sync_base, sync_conflict FROM cellule_referent, cellule_manager;
