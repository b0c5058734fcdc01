<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Berth</source>
        <translation>Über Berth</translation>
    </message>
    <message>
        <source>Berth icon</source>
        <translation>Berth-Symbol</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Programmname und Version</translation>
    </message>
    <message>
        <source>A desktop deployment manager for self-hosting with Kamal.</source>
        <translation>Eine Desktop-Anwendung zum Ausliefern auf eigene Server mit Kamal.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>Bibliotheksversionen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Works with the same servers as the kamal command-line tool: you can switch between them at any time.</source>
        <translation>Arbeitet mit denselben Servern wie das Kommandozeilenwerkzeug kamal: Sie können jederzeit zwischen beiden wechseln.</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, for a bug report</source>
        <translation>Die Versionen in die Zwischenablage kopieren, für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>AccessoryTemplates</name>
    <message>
        <source>PostgreSQL 16</source>
        <translation>PostgreSQL 16</translation>
    </message>
    <message>
        <source>A database with its data directory, reachable only from its server.</source>
        <translation>Eine Datenbank mit Datenverzeichnis, nur von ihrem Server aus erreichbar.</translation>
    </message>
    <message>
        <source>Postgres backups to S3</source>
        <translation>Postgres-Sicherungen nach S3</translation>
    </message>
    <message>
        <source>postgres-backup-s3: a GPG-encrypted dump every day to S3, R2 or MinIO, kept 14 days.</source>
        <translation>postgres-backup-s3: täglich ein GPG-verschlüsselter Dump nach S3, R2 oder MinIO, 14 Tage aufbewahrt.</translation>
    </message>
    <message>
        <source>Redis 7</source>
        <translation>Redis 7</translation>
    </message>
    <message>
        <source>A cache or job queue with its data directory, reachable only from its server.</source>
        <translation>Ein Cache oder eine Job-Warteschlange mit Datenverzeichnis, nur von ihrem Server aus erreichbar.</translation>
    </message>
    <message>
        <source>MySQL 8</source>
        <translation>MySQL 8</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Berth cannot write “%1”: %2. Nothing was changed.</source>
        <translation>Berth kann „%1“ nicht schreiben: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saving “%1” failed: %2. The file on disk is unchanged.</source>
        <translation>Speichern von „%1“ fehlgeschlagen: %2. Die Datei auf der Festplatte ist unverändert.</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>`sh restore.sh` without a timestamp would restore “%1”, which is not the newest backup of “%2”. Restore with an explicit timestamp.</source>
        <translation>`sh restore.sh` ohne Zeitstempel würde „%1“ wiederherstellen, nicht das neueste Backup von „%2“. Stellen Sie mit einem ausdrücklichen Zeitstempel wieder her.</translation>
    </message>
    <message>
        <source>The newest backup of “%1” is encrypted but PASSPHRASE is not set: restore.sh would hand the encrypted file to pg_restore, which fails.</source>
        <translation>Das neueste Backup von „%1“ ist verschlüsselt, aber PASSPHRASE ist nicht gesetzt: restore.sh gäbe die verschlüsselte Datei an pg_restore weiter, was fehlschlägt.</translation>
    </message>
    <message>
        <source>The newest backup of “%1” is not encrypted but PASSPHRASE is set: restore.sh tries to decrypt it and fails.</source>
        <translation>Das neueste Backup von „%1“ ist nicht verschlüsselt, aber PASSPHRASE ist gesetzt: restore.sh versucht es zu entschlüsseln und scheitert.</translation>
    </message>
    <message>
        <source>SCHEDULE is empty: the backup container makes one backup and exits (and, restarted by Docker, one more each time). Set SCHEDULE, e.g. @daily.</source>
        <translation>SCHEDULE ist leer: Der Backup-Container macht ein Backup und beendet sich (und, von Docker neu gestartet, jedes Mal ein weiteres). Setzen Sie SCHEDULE, z. B. @daily.</translation>
    </message>
    <message>
        <source>There is no backup of “%1” under “%2/” yet.</source>
        <translation>Unter „%2/“ gibt es noch kein Backup von „%1“.</translation>
    </message>
    <message>
        <source>The newest backup of “%1” is %2 old; SCHEDULE “%3” never runs again.</source>
        <translation>Das neueste Backup von „%1“ ist %2 alt; SCHEDULE „%3“ läuft nie wieder.</translation>
    </message>
    <message>
        <source>The newest backup of “%1” is %2 old: SCHEDULE “%3” should have made another by %4. Check the backup container&apos;s logs.</source>
        <translation>Das neueste Backup von „%1“ ist %2 alt: SCHEDULE „%3“ hätte bis %4 ein weiteres erstellen sollen. Prüfen Sie die Logs des Backup-Containers.</translation>
    </message>
    <message>
        <source>The newest backup of “%1” is %2 old; the next is due at %3.</source>
        <translation>Das neueste Backup von „%1“ ist %2 alt; das nächste ist um %3 fällig.</translation>
    </message>
    <message>
        <source>BACKUP_KEEP_DAYS “%1” is not a whole number of days. The backup script fails at the retention step, after each upload, and deletes nothing.</source>
        <translation>BACKUP_KEEP_DAYS „%1“ ist keine ganze Zahl von Tagen. Das Backup-Skript scheitert nach jedem Hochladen beim Aufräumen und löscht nichts.</translation>
    </message>
    <message>
        <source>BACKUP_KEEP_DAYS is %1: every object under the prefix last modified before %2 is deleted, which can include the backup that was just made.</source>
        <translation>BACKUP_KEEP_DAYS ist %1: Jedes Objekt unter dem Präfix, das vor %2 zuletzt geändert wurde, wird gelöscht – womöglich auch das gerade erstellte Backup.</translation>
    </message>
    <message>
        <source>S3_PREFIX is empty: retention deletes old objects anywhere in the bucket, not only backups.</source>
        <translation>S3_PREFIX ist leer: Das Aufräumen löscht alte Objekte überall im Bucket, nicht nur Backups.</translation>
    </message>
    <message>
        <source>Backups of several databases (%1) share the prefix “%2/”: retention run for any of them deletes the old backups of all of them.</source>
        <translation>Backups mehrerer Datenbanken (%1) teilen sich das Präfix „%2/“: Das Aufräumen für eine davon löscht die alten Backups aller.</translation>
    </message>
    <message numerus="yes">
        <source>S3_PREFIX “%1” also matches %n object(s) outside “%1/” (e.g. “%2”): retention deletes the old ones there too.</source>
        <translation>
            <numerusform>S3_PREFIX „%1“ trifft auch %n Objekt außerhalb von „%1/“ (z. B. „%2“): Das Aufräumen löscht dort ebenfalls alte.</numerusform>
            <numerusform>S3_PREFIX „%1“ trifft auch %n Objekte außerhalb von „%1/“ (z. B. „%2“): Das Aufräumen löscht dort ebenfalls alte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) under “%1/” that are not backups will be deleted too.</source>
        <translation>
            <numerusform>%n Datei unter „%1/“, die kein Backup ist, wird ebenfalls gelöscht.</numerusform>
            <numerusform>%n Dateien unter „%1/“, die keine Backups sind, werden ebenfalls gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDiscoverer</name>
    <message>
        <source>The accessory “%1” runs on no host.</source>
        <translation>Das Zubehör „%1“ läuft auf keinem Host.</translation>
    </message>
    <message>
        <source>The accessory “%1” runs on %2 hosts; Berth uses the first, %3.</source>
        <translation>Das Zubehör „%1“ läuft auf %2 Hosts; Berth verwendet den ersten, %3.</translation>
    </message>
    <message>
        <source>The secret %1 (for %2 of “%3”) is not set: add it on the Secrets page.</source>
        <translation>Das Geheimnis %1 (für %2 von „%3“) ist nicht gesetzt: Fügen Sie es auf der Seite „Geheimnisse“ hinzu.</translation>
    </message>
    <message>
        <source>The accessory “%1” does not set %2 in its env.</source>
        <translation>Das Zubehör „%1“ setzt %2 nicht in seiner env.</translation>
    </message>
    <message>
        <source>The accessory “%1” sets no S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY; Berth needs them to list and download backups.</source>
        <translation>Das Zubehör „%1“ setzt weder S3_ACCESS_KEY_ID noch S3_SECRET_ACCESS_KEY; Berth braucht sie, um Sicherungen aufzulisten und herunterzuladen.</translation>
    </message>
    <message>
        <source>SCHEDULE is empty: the container backs up once and exits, so no backups are taken on a schedule.</source>
        <translation>SCHEDULE ist leer: Der Container sichert einmal und beendet sich, es werden also keine Sicherungen nach Zeitplan erstellt.</translation>
    </message>
    <message>
        <source>PASSPHRASE is empty: backups are stored unencrypted.</source>
        <translation>PASSPHRASE ist leer: Sicherungen werden unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>BACKUP_KEEP_DAYS deletes every object under “%1/”, not only this database&apos;s backups.</source>
        <translation>BACKUP_KEEP_DAYS löscht jedes Objekt unter „%1/“, nicht nur die Sicherungen dieser Datenbank.</translation>
    </message>
    <message>
        <source>%1 is written in deploy.yml as a clear value; make it a secret.</source>
        <translation>%1 steht in deploy.yml als Klartextwert; machen Sie daraus ein Geheimnis.</translation>
    </message>
    <message>
        <source>The Postgres accessory “%1” does not run on %2, where the backup accessory runs.</source>
        <translation>Das Postgres-Zubehör „%1“ läuft nicht auf %2, wo das Sicherungszubehör läuft.</translation>
    </message>
    <message>
        <source>POSTGRES_HOST is “%1”, which is no accessory of this configuration: Berth cannot check a restore or run a restore drill without the Postgres container.</source>
        <translation>POSTGRES_HOST ist „%1“, kein Zubehör dieser Konfiguration: Ohne den Postgres-Container kann Berth weder eine Wiederherstellung prüfen noch eine Wiederherstellungsprobe ausführen.</translation>
    </message>
    <message>
        <source>No accessory runs postgres-backup-s3 (image eeshugerman/postgres-backup-s3). Add one to deploy.yml, or mark your image as compatible.</source>
        <translation>Kein Zubehör führt postgres-backup-s3 aus (Image eeshugerman/postgres-backup-s3). Fügen Sie eines zu deploy.yml hinzu oder markieren Sie Ihr Image als kompatibel.</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s)</source>
        <translation>
            <numerusform>%n Schema</numerusform>
            <numerusform>%n Schemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Table %1 is missing.</source>
        <translation>Die Tabelle %1 fehlt.</translation>
    </message>
    <message>
        <source>Table %1 has %2 rows; the backup has %3.</source>
        <translation>Die Tabelle %1 hat %2 Zeilen; die Sicherung hat %3.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>The backup failed on %1 (backup.sh exited with status %2).</source>
        <translation>Die Sicherung auf %1 ist fehlgeschlagen (backup.sh endete mit Status %2).</translation>
    </message>
    <message>
        <source>Backing up %1 on %2</source>
        <translation>Sichere %1 auf %2</translation>
    </message>
    <message>
        <source>Backup of %1 complete.</source>
        <translation>Sicherung von %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Backup of %1 complete: %2.</source>
        <translation>Sicherung von %1 abgeschlossen: %2.</translation>
    </message>
    <message>
        <source>Could not count the tables of %1 in %2.</source>
        <translation>Die Tabellen von %1 in %2 konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The backup of %1 from %2 restores cleanly: %3.</source>
        <translation>Die Sicherung von %1 vom %2 lässt sich sauber wiederherstellen: %3.</translation>
    </message>
    <message>
        <source>A restore drill needs the Postgres accessory&apos;s image, and POSTGRES_HOST (“%1”) names no accessory.</source>
        <translation>Eine Wiederherstellungsprobe braucht das Image des Postgres-Zubehörs, und POSTGRES_HOST („%1“) nennt kein Zubehör.</translation>
    </message>
    <message>
        <source>This backup is encrypted, but the accessory has no PASSPHRASE.</source>
        <translation>Diese Sicherung ist verschlüsselt, aber das Zubehör hat keine PASSPHRASE.</translation>
    </message>
    <message>
        <source>Starting a throwaway Postgres (%1)</source>
        <translation>Starte ein Wegwerf-Postgres (%1)</translation>
    </message>
    <message>
        <source>Could not start a throwaway Postgres from %1 on %2.</source>
        <translation>Ein Wegwerf-Postgres aus %1 konnte auf %2 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Fetching and decrypting %1</source>
        <translation>Hole und entschlüssele %1</translation>
    </message>
    <message>
        <source>The backup could not be decrypted with the accessory&apos;s PASSPHRASE: it was encrypted with another passphrase, or it is damaged.</source>
        <translation>Die Sicherung ließ sich mit der PASSPHRASE des Zubehörs nicht entschlüsseln: Sie wurde mit einer anderen Passphrase verschlüsselt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>Could not download %1 inside the backup container.</source>
        <translation>%1 konnte im Sicherungscontainer nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Waiting for the throwaway Postgres</source>
        <translation>Warte auf das Wegwerf-Postgres</translation>
    </message>
    <message numerus="yes">
        <source>The throwaway Postgres did not start within %n second(s).</source>
        <translation>
            <numerusform>Das Wegwerf-Postgres ist nicht innerhalb von %n Sekunde gestartet.</numerusform>
            <numerusform>Das Wegwerf-Postgres ist nicht innerhalb von %n Sekunden gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring into the throwaway Postgres</source>
        <translation>Stelle im Wegwerf-Postgres wieder her</translation>
    </message>
    <message>
        <source>pg_restore reported errors: the backup does not restore cleanly.</source>
        <translation>pg_restore meldete Fehler: Die Sicherung lässt sich nicht sauber wiederherstellen.</translation>
    </message>
    <message>
        <source>Counting schemas, tables and rows</source>
        <translation>Zähle Schemas, Tabellen und Zeilen</translation>
    </message>
    <message>
        <source>The drill restored %1.</source>
        <translation>Die Probe hat %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Removing the drill container</source>
        <translation>Entferne den Probe-Container</translation>
    </message>
    <message>
        <source>Cancelled; removing the drill container.</source>
        <translation>Abgebrochen; entferne den Probe-Container.</translation>
    </message>
    <message>
        <source>Could not remove %1 on %2: remove it by hand (docker rm -f %1).</source>
        <translation>%1 auf %2 konnte nicht entfernt werden: Entfernen Sie ihn von Hand (docker rm -f %1).</translation>
    </message>
    <message>
        <source>Berth restores only when it can check the result, and POSTGRES_HOST (“%1”) names no Postgres accessory.</source>
        <translation>Berth stellt nur wieder her, wenn es das Ergebnis prüfen kann, und POSTGRES_HOST („%1“) nennt kein Postgres-Zubehör.</translation>
    </message>
    <message>
        <source>This backup is encrypted, but the accessory has no PASSPHRASE: restore.sh would look for an unencrypted file.</source>
        <translation>Diese Sicherung ist verschlüsselt, aber das Zubehör hat keine PASSPHRASE: restore.sh würde nach einer unverschlüsselten Datei suchen.</translation>
    </message>
    <message>
        <source>This backup is not encrypted, but the accessory has a PASSPHRASE: restore.sh would look for a .gpg file.</source>
        <translation>Diese Sicherung ist nicht verschlüsselt, aber das Zubehör hat eine PASSPHRASE: restore.sh würde nach einer .gpg-Datei suchen.</translation>
    </message>
    <message>
        <source>Checking that Postgres is up</source>
        <translation>Prüfe, ob Postgres läuft</translation>
    </message>
    <message>
        <source>%1 holds %2 now.</source>
        <translation>%1 enthält jetzt %2.</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup failed its restore drill. %1</source>
        <translation>Nichts wurde wiederhergestellt: Die Sicherung hat ihre Wiederherstellungsprobe nicht bestanden. %1</translation>
    </message>
    <message>
        <source>Taking a safety backup of %1</source>
        <translation>Erstelle eine Sicherheitskopie von %1</translation>
    </message>
    <message>
        <source>Nothing was restored: the safety backup failed. %1</source>
        <translation>Nichts wurde wiederhergestellt: Die Sicherheitskopie ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Safety backup: %1</source>
        <translation>Sicherheitskopie: %1</translation>
    </message>
    <message>
        <source>Cancelled before restoring.</source>
        <translation>Vor dem Wiederherstellen abgebrochen.</translation>
    </message>
    <message>
        <source>Restoring %1 from %2</source>
        <translation>Stelle %1 vom %2 wieder her</translation>
    </message>
    <message>
        <source>Checking the restored database</source>
        <translation>Prüfe die wiederhergestellte Datenbank</translation>
    </message>
    <message>
        <source>Postgres (%1) does not answer after the restore. The safety backup is %2.</source>
        <translation>Postgres (%1) antwortet nach der Wiederherstellung nicht. Die Sicherheitskopie ist %2.</translation>
    </message>
    <message>
        <source>The restore of %1 did not complete: the database does not hold what the backup holds. The safety backup taken before is %2.</source>
        <translation>Die Wiederherstellung von %1 ist nicht vollständig: Die Datenbank enthält nicht, was die Sicherung enthält. Die zuvor erstellte Sicherheitskopie ist %2.</translation>
    </message>
    <message>
        <source>%1 restored from %2 (%3). Safety backup of the previous data: %4.</source>
        <translation>%1 vom %2 wiederhergestellt (%3). Sicherheitskopie der vorherigen Daten: %4.</translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>negative number (%1) not allowed</source>
        <translation>negative Zahl (%1) nicht erlaubt</translation>
    </message>
    <message>
        <source>too many hyphens: %1</source>
        <translation>zu viele Bindestriche: %1</translation>
    </message>
    <message>
        <source>too many slashes: %1</source>
        <translation>zu viele Schrägstriche: %1</translation>
    </message>
    <message>
        <source>beginning of range (%1) below minimum (%2): %3</source>
        <translation>Bereichsanfang (%1) unter dem Minimum (%2): %3</translation>
    </message>
    <message>
        <source>end of range (%1) above maximum (%2): %3</source>
        <translation>Bereichsende (%1) über dem Maximum (%2): %3</translation>
    </message>
    <message>
        <source>beginning of range (%1) beyond end of range (%2): %3</source>
        <translation>Bereichsanfang (%1) hinter dem Bereichsende (%2): %3</translation>
    </message>
    <message>
        <source>step of range should be a positive number: %1</source>
        <translation>die Schrittweite muss positiv sein: %1</translation>
    </message>
    <message>
        <source>invalid duration %1</source>
        <translation>ungültige Dauer %1</translation>
    </message>
    <message>
        <source>missing unit in duration %1</source>
        <translation>fehlende Einheit in der Dauer %1</translation>
    </message>
    <message>
        <source>unknown unit “%1” in duration %2 (Go durations use h, m, s: one day is 24h)</source>
        <translation>unbekannte Einheit „%1“ in der Dauer %2 (Go-Dauern verwenden h, m, s: ein Tag ist 24h)</translation>
    </message>
    <message>
        <source>SCHEDULE “%1” is not a schedule the backup image&apos;s go-cron accepts (%2), so the backup container would not start.</source>
        <translation>SCHEDULE „%1“ ist kein Zeitplan, den go-cron im Backup-Image akzeptiert (%2), daher würde der Backup-Container nicht starten.</translation>
    </message>
    <message>
        <source>empty spec string</source>
        <translation>leere Angabe</translation>
    </message>
    <message>
        <source>provided bad location %1</source>
        <translation>ungültige Zeitzone %1</translation>
    </message>
    <message>
        <source>failed to parse duration %1: %2</source>
        <translation>Dauer %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <source>unrecognized descriptor: %1</source>
        <translation>unbekannter Deskriptor: %1</translation>
    </message>
    <message>
        <source>expected 5 to 6 fields, found %1: %2</source>
        <translation>5 bis 6 Felder erwartet, %1 gefunden: %2</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message numerus="yes">
        <source>Retention (BACKUP_KEEP_DAYS=%1): the next backup deletes %n object(s) under “%2/”.</source>
        <translation>
            <numerusform>Aufbewahrung (BACKUP_KEEP_DAYS=%1): Die nächste Sicherung löscht %n Objekt unter „%2/“.</numerusform>
            <numerusform>Aufbewahrung (BACKUP_KEEP_DAYS=%1): Die nächste Sicherung löscht %n Objekte unter „%2/“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Cloud::S3DownloadJob</name>
    <message>
        <source>The download of “%1” from %2 stopped before the end. Try again.</source>
        <translation>Das Herunterladen von „%1“ von %2 brach vor dem Ende ab. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>The download of “%1” could not be passed on: %2</source>
        <translation>Der Download von „%1“ konnte nicht weitergegeben werden: %2</translation>
    </message>
    <message>
        <source>the receiver is gone</source>
        <translation>der Empfänger ist nicht mehr da</translation>
    </message>
</context>
<context>
    <name>Berth::Cloud::S3ListJob</name>
    <message>
        <source>%1 sent an incomplete bucket listing without a way to continue it.</source>
        <translation>%1 hat eine unvollständige Bucket-Liste ohne Fortsetzungsmöglichkeit gesendet.</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::DownloadJob</name>
    <message>
        <source>Downloading %1</source>
        <translation>Lade %1 herunter</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>GnuPG (gpg) is not installed, so the backup cannot be decrypted here. Install GnuPG, or download the encrypted file.</source>
        <translation>GnuPG (gpg) ist nicht installiert, daher kann die Sicherung hier nicht entschlüsselt werden. Installieren Sie GnuPG oder laden Sie die verschlüsselte Datei herunter.</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt this backup. Check PASSPHRASE: the backup was encrypted with the value it had when the backup was taken.</source>
        <translation>Die Passphrase entschlüsselt diese Sicherung nicht. Prüfen Sie PASSPHRASE: Die Sicherung wurde mit dem Wert verschlüsselt, den sie beim Erstellen der Sicherung hatte.</translation>
    </message>
    <message>
        <source>gpg could not decrypt the backup.</source>
        <translation>gpg konnte die Sicherung nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Downloading and decrypting %1</source>
        <translation>%1 wird heruntergeladen und entschlüsselt</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::Sandbox</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot remove the previous sandbox copy %1.</source>
        <translation>Die vorherige Sandbox-Kopie %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot make %1 a git repository (is git installed?): Kamal names each version by its commit.</source>
        <translation>%1 kann nicht zu einem Git-Repository gemacht werden (ist git installiert?): Kamal benennt jede Version nach ihrem Commit.</translation>
    </message>
    <message>
        <source>The test environment printed no servers or registry (testenv env).</source>
        <translation>Die Testumgebung hat keine Server oder Registry ausgegeben (testenv env).</translation>
    </message>
    <message>
        <source>The local sandbox needs Linux: its servers are Linux network namespaces.</source>
        <translation>Die lokale Sandbox braucht Linux: Ihre Server sind Linux-Netzwerk-Namespaces.</translation>
    </message>
    <message>
        <source>The local sandbox comes with Berth&apos;s source code (tests/env/testenv); this build has none. Build Berth from a checkout, or set BERTH_SANDBOX_SCRIPT.</source>
        <translation>Die lokale Sandbox gehört zum Quellcode von Berth (tests/env/testenv); diesem Build fehlt er. Bauen Sie Berth aus einem Checkout oder setzen Sie BERTH_SANDBOX_SCRIPT.</translation>
    </message>
    <message>
        <source>The demo project is missing beside %1.</source>
        <translation>Das Demo-Projekt fehlt neben %1.</translation>
    </message>
    <message>
        <source>Starting the sandbox servers (%1 up)…</source>
        <translation>Starte die Sandbox-Server (%1 up)…</translation>
    </message>
    <message>
        <source>Could not start pkexec to ask for the rights the sandbox needs (root: its servers are network namespaces).</source>
        <translation>pkexec konnte nicht gestartet werden, um die Rechte der Sandbox zu erfragen (root: Ihre Server sind Netzwerk-Namespaces).</translation>
    </message>
    <message>
        <source>The sandbox did not start (testenv up failed).</source>
        <translation>Die Sandbox ist nicht gestartet (testenv up ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Copying the demo project to %1…</source>
        <translation>Kopiere das Demo-Projekt nach %1…</translation>
    </message>
    <message>
        <source>Storing the sandbox&apos;s variables and secrets in the keychain…</source>
        <translation>Speichere die Variablen und Geheimnisse der Sandbox im Schlüsselbund…</translation>
    </message>
    <message>
        <source>Cannot store %1 in the keychain: %2</source>
        <translation>%1 kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::BackupTableModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::BackupsPage</name>
    <message>
        <source>Backup freshness and retention</source>
        <translation>Aktualität und Aufbewahrung der Sicherungen</translation>
    </message>
    <message>
        <source>Filter by database…</source>
        <translation>Nach Datenbank filtern…</translation>
    </message>
    <message>
        <source>Filter backups by database</source>
        <translation>Sicherungen nach Datenbank filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the list of backups</source>
        <translation>Liste der Sicherungen aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Die Datenbank jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Download the selected backup</source>
        <translation>Die ausgewählte Sicherung herunterladen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify the selected backup with a restore drill</source>
        <translation>Die ausgewählte Sicherung mit einer Wiederherstellungsprobe prüfen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the database from the selected backup</source>
        <translation>Die Datenbank aus der ausgewählten Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Mark an image as compatible…</source>
        <translation>Image als kompatibel markieren…</translation>
    </message>
    <message>
        <source>Mark an accessory image as compatible with postgres-backup-s3</source>
        <translation>Ein Zubehör-Image als kompatibel mit postgres-backup-s3 markieren</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Details of the selected backup</source>
        <translation>Details der ausgewählten Sicherung</translation>
    </message>
    <message>
        <source>Current backup action</source>
        <translation>Aktuelle Sicherungsaktion</translation>
    </message>
    <message>
        <source>Progress of the current backup action</source>
        <translation>Fortschritt der aktuellen Sicherungsaktion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the current backup action</source>
        <translation>Die aktuelle Sicherungsaktion abbrechen</translation>
    </message>
    <message>
        <source>Output of backup actions</source>
        <translation>Ausgabe der Sicherungsaktionen</translation>
    </message>
    <message>
        <source>The output of Back up now, Verify and Restore appears here.</source>
        <translation>Hier erscheint die Ausgabe von „Jetzt sichern“, „Prüfen“ und „Wiederherstellen“.</translation>
    </message>
    <message>
        <source>Compatible backup image</source>
        <translation>Kompatibles Sicherungs-Image</translation>
    </message>
    <message>
        <source>Which accessory image works like eeshugerman/postgres-backup-s3 (the same variables, backup.sh and restore.sh)?</source>
        <translation>Welches Zubehör-Image funktioniert wie eeshugerman/postgres-backup-s3 (dieselben Variablen, backup.sh und restore.sh)?</translation>
    </message>
    <message>
        <source>Open a project to see its backups.</source>
        <translation>Öffnen Sie ein Projekt, um seine Sicherungen zu sehen.</translation>
    </message>
    <message>
        <source>deploy.yml could not be read: fix it on the Config page.</source>
        <translation>deploy.yml konnte nicht gelesen werden: Beheben Sie das auf der Seite „Konfiguration“.</translation>
    </message>
    <message>
        <source>deploy.yml has errors (%1): fix them on the Config page.</source>
        <translation>deploy.yml enthält Fehler (%1): Beheben Sie sie auf der Seite „Konfiguration“.</translation>
    </message>
    <message>
        <source>Listing backups…</source>
        <translation>Liste Sicherungen auf…</translation>
    </message>
    <message>
        <source>Select a backup to see its details.</source>
        <translation>Wählen Sie eine Sicherung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>GPG (PASSPHRASE)</source>
        <translation>GPG (PASSPHRASE)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Restore argument</source>
        <translation>Argument für restore.sh</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Zeile)</numerusform>
            <numerusform>%1 (%2, %n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>this backup</source>
        <translation>diese Sicherung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Sichere %1…</translation>
    </message>
    <message>
        <source>Verifying the backup of %1 from %2…</source>
        <translation>Prüfe die Sicherung von %1 vom %2…</translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation>Stelle %1 vom %2 wieder her…</translation>
    </message>
    <message>
        <source>Download backup</source>
        <translation>Sicherung herunterladen</translation>
    </message>
    <message>
        <source>This backup is encrypted. Decrypt it here with gpg and the accessory&apos;s PASSPHRASE, saving a plain .dump?</source>
        <translation>Diese Sicherung ist verschlüsselt. Hier mit gpg und der PASSPHRASE des Zubehörs entschlüsseln und als einfache .dump-Datei speichern?</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Another backup action is running: wait for it or cancel it.</source>
        <translation>Eine andere Sicherungsaktion läuft: Warten Sie darauf oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>No backup accessory is configured.</source>
        <translation>Es ist kein Sicherungszubehör konfiguriert.</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>Wählen Sie zuerst eine Sicherung.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Befehle suchen</translation>
    </message>
    <message>
        <source>Type to filter; Up and Down choose, Enter runs, Escape closes</source>
        <translation>Tippen zum Filtern; Pfeil hoch und runter wählen, Eingabe führt aus, Escape schließt</translation>
    </message>
    <message>
        <source>Type a page, an operation, an alias or a project…</source>
        <translation>Eine Seite, einen Vorgang, einen Alias oder ein Projekt eingeben…</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nichts passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n Befehl</numerusform>
            <numerusform>%n Befehle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ConfigPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Shows exactly what will change in your files, then saves</source>
        <translation>Zeigt genau, was sich in Ihren Dateien ändert, und speichert dann</translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation>Von der Festplatte neu &amp;laden</translation>
    </message>
    <message>
        <source>Configuration sections</source>
        <translation>Abschnitte der Konfiguration</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>File shown</source>
        <translation>Angezeigte Datei</translation>
    </message>
    <message>
        <source>YAML source</source>
        <translation>YAML-Quelltext</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload to see the new version%2.</source>
        <translation>%1 wurde auf der Festplatte geändert. Laden Sie neu, um die neue Fassung zu sehen%2.</translation>
    </message>
    <message>
        <source> (your unsaved edits are then lost)</source>
        <translation> (Ihre ungespeicherten Änderungen gehen dann verloren)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>What is deployed and under which name.</source>
        <translation>Was ausgeliefert wird und unter welchem Namen.</translation>
    </message>
    <message>
        <source>&amp;Service name:</source>
        <translation>&amp;Dienstname:</translation>
    </message>
    <message>
        <source>Names containers and the proxy service; letters, digits, - and _</source>
        <translation>Benennt Container und den Proxy-Dienst; Buchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>Repository name in the registry, without the server</source>
        <translation>Repository-Name in der Registry, ohne Server</translation>
    </message>
    <message>
        <source>Servers &amp; roles</source>
        <translation>Server &amp; Rollen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Address or name of a new host</source>
        <translation>Adresse oder Name eines neuen Hosts</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>How kamal-proxy routes requests to the app and checks its health.</source>
        <translation>Wie kamal-proxy Anfragen an die App leitet und ihre Gesundheit prüft.</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>The domain the app answers on</source>
        <translation>Die Domain, unter der die App antwortet</translation>
    </message>
    <message>
        <source>Automatic &amp;HTTPS (Let&apos;s Encrypt)</source>
        <translation>Automatisches &amp;HTTPS (Let’s Encrypt)</translation>
    </message>
    <message>
        <source>Needs a host name that points at the server</source>
        <translation>Braucht einen Hostnamen, der auf den Server zeigt</translation>
    </message>
    <message>
        <source>&amp;App port:</source>
        <translation>&amp;App-Port:</translation>
    </message>
    <message>
        <source>The port the app listens on inside its container (default 80)</source>
        <translation>Der Port, auf dem die App in ihrem Container lauscht (Standard 80)</translation>
    </message>
    <message>
        <source>Health check &amp;path:</source>
        <translation>&amp;Pfad der Gesundheitsprüfung:</translation>
    </message>
    <message>
        <source>Must answer 200 when the app is ready (default /up)</source>
        <translation>Muss mit 200 antworten, sobald die App bereit ist (Standard /up)</translation>
    </message>
    <message>
        <source>Health check &amp;interval (s):</source>
        <translation>&amp;Intervall der Prüfung (s):</translation>
    </message>
    <message>
        <source>Seconds between checks</source>
        <translation>Sekunden zwischen den Prüfungen</translation>
    </message>
    <message>
        <source>Health check &amp;timeout (s):</source>
        <translation>&amp;Zeitlimit der Prüfung (s):</translation>
    </message>
    <message>
        <source>Seconds before one check fails</source>
        <translation>Sekunden, bis eine Prüfung fehlschlägt</translation>
    </message>
    <message>
        <source>&amp;Response timeout (s):</source>
        <translation>&amp;Antwort-Zeitlimit (s):</translation>
    </message>
    <message>
        <source>How long a request may take</source>
        <translation>Wie lange eine Anfrage dauern darf</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Variables for the app&apos;s containers. Secret values live in .kamal/secrets and the keychain, never here.</source>
        <translation>Variablen für die Container der App. Geheime Werte stehen in .kamal/secrets und im Schlüsselbund, nie hier.</translation>
    </message>
    <message>
        <source>Clear variables</source>
        <translation>Klartext-Variablen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret variables (values from .kamal/secrets):</source>
        <translation>Geheime Variablen (Werte aus .kamal/secrets):</translation>
    </message>
    <message>
        <source>Secret variables</source>
        <translation>Geheime Variablen</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Where images are pushed and pulled. The password is a secret name, not a value.</source>
        <translation>Wohin Images gepusht und woher sie gezogen werden. Das Passwort ist der Name eines Geheimnisses, kein Wert.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>e.g. ghcr.io; empty for Docker Hub</source>
        <translation>z. B. ghcr.io; leer für Docker Hub</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Registry user</source>
        <translation>Registry-Benutzer</translation>
    </message>
    <message>
        <source>Builder</source>
        <translation>Builder</translation>
    </message>
    <message>
        <source>How the image is built before it is pushed.</source>
        <translation>Wie das Image gebaut wird, bevor es gepusht wird.</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>&amp;Architektur:</translation>
    </message>
    <message>
        <source>amd64 or arm64 (the servers&apos; CPU)</source>
        <translation>amd64 oder arm64 (die CPU der Server)</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>&amp;Dockerfile:</translation>
    </message>
    <message>
        <source>Default: Dockerfile</source>
        <translation>Standard: Dockerfile</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>Default: a clean clone of git HEAD; . for the working tree</source>
        <translation>Standard: ein sauberer Klon von git HEAD; . für das Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>&amp;Remote builder:</source>
        <translation>&amp;Entfernter Builder:</translation>
    </message>
    <message>
        <source>ssh://user@host to build on another machine</source>
        <translation>ssh://user@host, um auf einem anderen Rechner zu bauen</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>How Berth and Kamal reach the servers.</source>
        <translation>Wie Berth und Kamal die Server erreichen.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Default: root</source>
        <translation>Standard: root</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Default: 22</source>
        <translation>Standard: 22</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>&amp;Sprung-Host:</translation>
    </message>
    <message>
        <source>host or user@host to connect through</source>
        <translation>host oder user@host, über den verbunden wird</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>Databases, caches and backups that run beside the app.</source>
        <translation>Datenbanken, Caches und Sicherungen, die neben der App laufen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <source>Shortcuts for commands you run often.</source>
        <translation>Kürzel für Befehle, die Sie oft ausführen.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>&amp;Retained containers:</source>
        <translation>&amp;Aufbewahrte Container:</translation>
    </message>
    <message>
        <source>Old releases kept for rollback (default 5)</source>
        <translation>Alte Versionen, die zum Zurückrollen bleiben (Standard 5)</translation>
    </message>
    <message>
        <source>&amp;Deploy timeout (s):</source>
        <translation>&amp;Zeitlimit der Auslieferung (s):</translation>
    </message>
    <message>
        <source>How long a new version may take to become healthy (default 30)</source>
        <translation>Wie lange eine neue Version brauchen darf, um gesund zu werden (Standard 30)</translation>
    </message>
    <message>
        <source>D&amp;rain timeout (s):</source>
        <translation>Zeitlimit zum A&amp;uslaufen (s):</translation>
    </message>
    <message>
        <source>How long old containers may finish requests (default 30)</source>
        <translation>Wie lange alte Container Anfragen zu Ende bearbeiten dürfen (Standard 30)</translation>
    </message>
    <message>
        <source>Readiness &amp;delay (s):</source>
        <translation>&amp;Bereitschaftsverzögerung (s):</translation>
    </message>
    <message>
        <source>For roles without the proxy (default 7)</source>
        <translation>Für Rollen ohne Proxy (Standard 7)</translation>
    </message>
    <message>
        <source>✓ Kamal accepts this configuration.</source>
        <translation>✓ Kamal akzeptiert diese Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click one to go to it.</source>
        <translation>Doppelklick führt zur Stelle.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>These lines will change; nothing else in your files moves:</source>
        <translation>Diese Zeilen ändern sich; sonst bewegt sich nichts in Ihren Dateien:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Add &amp;Accessory</source>
        <translation>&amp;Zubehör hinzufügen</translation>
    </message>
    <message>
        <source>%1 (Kamal&apos;s default)</source>
        <translation>%1 (Kamals Standard)</translation>
    </message>
    <message>
        <source>Added the accessory “%1”. Set its secrets on the Secrets page.</source>
        <translation>Zubehör „%1“ hinzugefügt. Setzen Sie seine Geheimnisse auf der Seite Geheimnisse.</translation>
    </message>
    <message>
        <source>The hosts of each role (web runs the proxy; others such as job run workers).</source>
        <translation>Die Hosts jeder Rolle (web betreibt den Proxy; andere wie job betreiben Worker).</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Path &amp;prefix:</source>
        <translation>Pfad&amp;präfix:</translation>
    </message>
    <message>
        <source>Serve the app under a path, e.g. /app (comma-separated for several)</source>
        <translation>Die App unter einem Pfad anbieten, z. B. /app (mehrere durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Redirect HTTP to HTTPS</source>
        <translation>HTTP auf HTTPS umleiten</translation>
    </message>
    <message>
        <source>With automatic HTTPS, send plain HTTP requests to HTTPS</source>
        <translation>Bei automatischem HTTPS einfache HTTP-Anfragen auf HTTPS umleiten</translation>
    </message>
    <message>
        <source>Buffer re&amp;quests</source>
        <translation>Anfragen &amp;puffern</translation>
    </message>
    <message>
        <source>kamal-proxy reads whole requests before passing them on</source>
        <translation>kamal-proxy liest Anfragen vollständig, bevor er sie weitergibt</translation>
    </message>
    <message>
        <source>Buffer responses</source>
        <translation>Antworten puffern</translation>
    </message>
    <message>
        <source>kamal-proxy reads whole responses before sending them</source>
        <translation>kamal-proxy liest Antworten vollständig, bevor er sie sendet</translation>
    </message>
    <message>
        <source>Retention, timeouts, boot order and logging.</source>
        <translation>Aufbewahrung, Zeitlimits, Startreihenfolge und Logging.</translation>
    </message>
    <message>
        <source>&amp;Stop timeout (s):</source>
        <translation>&amp;Stopp-Zeitlimit (s):</translation>
    </message>
    <message>
        <source>How long docker stop waits before killing a container</source>
        <translation>Wie lange docker stop wartet, bevor es einen Container beendet</translation>
    </message>
    <message>
        <source>&amp;Boot limit:</source>
        <translation>&amp;Start-Limit:</translation>
    </message>
    <message>
        <source>Hosts started at a time: a number, or a share such as 25%</source>
        <translation>Gleichzeitig gestartete Hosts: eine Zahl oder ein Anteil wie 25%</translation>
    </message>
    <message>
        <source>Boot &amp;wait (s):</source>
        <translation>Start-&amp;Wartezeit (s):</translation>
    </message>
    <message>
        <source>Seconds to wait after each group of hosts</source>
        <translation>Sekunden Wartezeit nach jeder Gruppe von Hosts</translation>
    </message>
    <message>
        <source>&amp;Log driver:</source>
        <translation>&amp;Log-Treiber:</translation>
    </message>
    <message>
        <source>Docker log driver; without one, logs are capped at 10 MB</source>
        <translation>Docker-Log-Treiber; ohne ihn werden Logs auf 10 MB begrenzt</translation>
    </message>
    <message>
        <source>Edit the file directly; changes apply as you type, with undo</source>
        <translation>Datei direkt bearbeiten; Änderungen wirken beim Tippen und lassen sich rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Hosts</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>Runs instead of the image&apos;s CMD, e.g. bin/jobs for a worker role</source>
        <translation>Läuft anstelle des CMD des Images, z. B. bin/jobs für eine Worker-Rolle</translation>
    </message>
    <message>
        <source>Docker options:</source>
        <translation>Docker-Optionen:</translation>
    </message>
    <message>
        <source>Docker options</source>
        <translation>Docker-Optionen</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>e.g. memory</source>
        <translation>z. B. memory</translation>
    </message>
    <message>
        <source>e.g. 512m</source>
        <translation>z. B. 512m</translation>
    </message>
    <message>
        <source>Command &amp;&amp; &amp;options</source>
        <translation>Befehl &amp;&amp; &amp;Optionen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>Variables for this role only, on top of the Environment section:</source>
        <translation>Variablen nur für diese Rolle, zusätzlich zum Abschnitt Umgebung:</translation>
    </message>
    <message>
        <source>Role variables</source>
        <translation>Rollenvariablen</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Forward X-Forwarded-* headers</source>
        <translation>X-Forwarded-*-Header weitergeben</translation>
    </message>
    <message>
        <source>Pass the client&apos;s address and protocol on to the app (kamal-proxy does this by default without HTTPS)</source>
        <translation>Adresse und Protokoll des Clients an die App weitergeben (kamal-proxy tut das ohne HTTPS standardmäßig)</translation>
    </message>
    <message>
        <source>Request headers logged:</source>
        <translation>Protokollierte Anfrage-Header:</translation>
    </message>
    <message>
        <source>Request headers logged</source>
        <translation>Protokollierte Anfrage-Header</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>Cache-Control, Last-Modified, User-Agent (Kamal&apos;s default)</source>
        <translation>Cache-Control, Last-Modified, User-Agent (Kamals Standard)</translation>
    </message>
    <message>
        <source>Response headers logged:</source>
        <translation>Protokollierte Antwort-Header:</translation>
    </message>
    <message>
        <source>Response headers logged</source>
        <translation>Protokollierte Antwort-Header</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proxy container&lt;/b&gt; — shared by every app on a host; changes apply on the next proxy reboot.</source>
        <translation>&lt;b&gt;Proxy-Container&lt;/b&gt; – von allen Apps eines Hosts geteilt; Änderungen wirken beim nächsten Neustart des Proxys.</translation>
    </message>
    <message>
        <source>HTTP port:</source>
        <translation>HTTP-Port:</translation>
    </message>
    <message>
        <source>Host port for plain HTTP (default 80)</source>
        <translation>Host-Port für einfaches HTTP (Standard 80)</translation>
    </message>
    <message>
        <source>HTTPS port:</source>
        <translation>HTTPS-Port:</translation>
    </message>
    <message>
        <source>Host port for HTTPS (default 443)</source>
        <translation>Host-Port für HTTPS (Standard 443)</translation>
    </message>
    <message>
        <source>Metrics port:</source>
        <translation>Metrik-Port:</translation>
    </message>
    <message>
        <source>Exposes Prometheus metrics on this port</source>
        <translation>Stellt Prometheus-Metriken auf diesem Port bereit</translation>
    </message>
    <message>
        <source>Log size limit:</source>
        <translation>Größenlimit des Logs:</translation>
    </message>
    <message>
        <source>Docker&apos;s max-size for the proxy&apos;s log (default 10m)</source>
        <translation>Dockers max-size für das Log des Proxys (Standard 10m)</translation>
    </message>
    <message>
        <source>Proxy version:</source>
        <translation>Proxy-Version:</translation>
    </message>
    <message>
        <source>kamal-proxy image tag (Kamal 2.12 uses v0.9.2)</source>
        <translation>Image-Tag von kamal-proxy (Kamal 2.12 nutzt v0.9.2)</translation>
    </message>
    <message>
        <source>Publish the ports</source>
        <translation>Ports veröffentlichen</translation>
    </message>
    <message>
        <source>Off: the proxy is only reachable on the Docker network</source>
        <translation>Aus: Der Proxy ist nur im Docker-Netzwerk erreichbar</translation>
    </message>
    <message>
        <source>Debug logging</source>
        <translation>Debug-Protokollierung</translation>
    </message>
    <message>
        <source>kamal-proxy logs every request in detail</source>
        <translation>kamal-proxy protokolliert jede Anfrage ausführlich</translation>
    </message>
    <message>
        <source>NAME of a secret</source>
        <translation>NAME eines Geheimnisses</translation>
    </message>
    <message>
        <source>Build locally for matching architectures</source>
        <translation>Passende Architekturen lokal bauen</translation>
    </message>
    <message>
        <source>Off: always use the remote builder, even for this machine&apos;s architecture</source>
        <translation>Aus: Immer den entfernten Builder nutzen, auch für die Architektur dieses Rechners</translation>
    </message>
    <message>
        <source>Cache &amp;type:</source>
        <translation>Cache-&amp;Typ:</translation>
    </message>
    <message>
        <source>gha or registry; empty for no build cache</source>
        <translation>gha oder registry; leer für keinen Build-Cache</translation>
    </message>
    <message>
        <source>Cache &amp;image:</source>
        <translation>Cache-&amp;Image:</translation>
    </message>
    <message>
        <source>For the registry cache: the image that holds it</source>
        <translation>Für den Registry-Cache: das Image, das ihn enthält</translation>
    </message>
    <message>
        <source>Cache &amp;options:</source>
        <translation>Cache-&amp;Optionen:</translation>
    </message>
    <message>
        <source>Extra cache options, e.g. mode=max</source>
        <translation>Weitere Cache-Optionen, z. B. mode=max</translation>
    </message>
    <message>
        <source>Build arguments:</source>
        <translation>Build-Argumente:</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>Build-Argumente</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Build secrets (names from .kamal/secrets):</source>
        <translation>Build-Geheimnisse (Namen aus .kamal/secrets):</translation>
    </message>
    <message>
        <source>Build secrets</source>
        <translation>Build-Geheimnisse</translation>
    </message>
    <message>
        <source>Use only the keys listed below</source>
        <translation>Nur die unten aufgeführten Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Ignore other keys from the agent and ~/.ssh</source>
        <translation>Andere Schlüssel aus dem Agenten und ~/.ssh ignorieren</translation>
    </message>
    <message>
        <source>Key files:</source>
        <translation>Schlüsseldateien:</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>Schlüsseldateien</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>z. B. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>The agent&apos;s keys and ~/.ssh/id_* (the default)</source>
        <translation>Die Schlüssel des Agenten und ~/.ssh/id_* (Standard)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>e.g. console</source>
        <translation>z. B. console</translation>
    </message>
    <message>
        <source>e.g. app exec -i --reuse &quot;bin/rails console&quot;</source>
        <translation>z. B. app exec -i --reuse &quot;bin/rails console&quot;</translation>
    </message>
    <message>
        <source>Log options:</source>
        <translation>Log-Optionen:</translation>
    </message>
    <message>
        <source>Log options</source>
        <translation>Log-Optionen</translation>
    </message>
    <message>
        <source>e.g. max-size</source>
        <translation>z. B. max-size</translation>
    </message>
    <message>
        <source>e.g. 100m</source>
        <translation>z. B. 100m</translation>
    </message>
    <message>
        <source>The servers are written as a plain list of hosts, the single role “web”. To give a role its own command, options, labels or variables, write its hosts under servers/web/hosts in the YAML view.</source>
        <translation>Die Server stehen als einfache Liste von Hosts da, die einzige Rolle „web“. Um einer Rolle eigenen Befehl, Optionen, Labels oder Variablen zu geben, schreiben Sie ihre Hosts in der YAML-Ansicht unter servers/web/hosts.</translation>
    </message>
    <message>
        <source>The role “%1” is written as a plain list of hosts. To give it its own command, options, labels or variables, write its hosts under servers/%1/hosts in the YAML view.</source>
        <translation>Die Rolle „%1“ steht als einfache Liste von Hosts da. Um ihr eigenen Befehl, Optionen, Labels oder Variablen zu geben, schreiben Sie ihre Hosts in der YAML-Ansicht unter servers/%1/hosts.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <translation>Ein Name darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>“%1” is already there; edit its value in the table.</source>
        <translation>„%1“ gibt es schon; ändern Sie den Wert in der Tabelle.</translation>
    </message>
    <message>
        <source>Remove accessory</source>
        <translation>Zusatzdienst entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the configuration? Its container and data on the servers stay until you remove them there (Servers page).</source>
        <translation>„%1“ aus der Konfiguration entfernen? Container und Daten auf den Servern bleiben, bis Sie sie dort entfernen (Seite Server).</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in these files are computed by Ruby code, which Berth keeps as written and does not run by itself.</source>
        <translation>
            <numerusform>%n Wert in diesen Dateien wird von Ruby-Code berechnet, den Berth unverändert lässt und nicht von selbst ausführt.</numerusform>
            <numerusform>%n Werte in diesen Dateien werden von Ruby-Code berechnet, den Berth unverändert lässt und nicht von selbst ausführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ruby says: %1</source>
        <translation>Ruby meldet: %1</translation>
    </message>
    <message>
        <source>Rendering with Ruby…</source>
        <translation>Ruby rechnet …</translation>
    </message>
    <message>
        <source>The fields show what Ruby computes.</source>
        <translation>Die Felder zeigen, was Ruby berechnet.</translation>
    </message>
    <message>
        <source>Install Ruby to see those values.</source>
        <translation>Installieren Sie Ruby, um diese Werte zu sehen.</translation>
    </message>
    <message>
        <source>Stop Running Ruby</source>
        <translation>Ruby nicht mehr ausführen</translation>
    </message>
    <message>
        <source>Show Values with Ruby</source>
        <translation>Werte mit Ruby zeigen</translation>
    </message>
    <message>
        <source>Runs the Ruby code in these files on this computer, as the kamal command does, only to show the values</source>
        <translation>Führt den Ruby-Code dieser Dateien auf diesem Rechner aus, wie es der Befehl kamal tut – nur um die Werte zu zeigen</translation>
    </message>
    <message>
        <source>Computed by Ruby code, which Berth does not run: %1</source>
        <translation>Von Ruby-Code berechnet, den Berth nicht ausführt: %1</translation>
    </message>
    <message>
        <source>Computed by Ruby: ••••••• (hidden: it looks like a secret)</source>
        <translation>Von Ruby berechnet: ••••••• (verborgen: sieht nach einem Geheimnis aus)</translation>
    </message>
    <message>
        <source>Computed by Ruby: %1</source>
        <translation>Von Ruby berechnet: %1</translation>
    </message>
    <message>
        <source>%1  — set in .kamal/secrets</source>
        <translation>%1  — in .kamal/secrets gesetzt</translation>
    </message>
    <message>
        <source>%1  — ⚠ not set: define it in .kamal/secrets</source>
        <translation>%1  — ⚠ nicht gesetzt: in .kamal/secrets definieren</translation>
    </message>
    <message>
        <source>Computed from %1</source>
        <translation>Berechnet aus %1</translation>
    </message>
    <message>
        <source>From the variable %1 = %2 — &lt;a href=&quot;%1&quot;&gt;change %1…&lt;/a&gt;</source>
        <translation>Aus der Variablen %1 = %2 — &lt;a href=&quot;%1&quot;&gt;%1 ändern …&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Computed from %1, with the variable %2 — &lt;a href=&quot;%2&quot;&gt;change %2…&lt;/a&gt;</source>
        <translation>Berechnet aus %1, mit der Variablen %2 — &lt;a href=&quot;%2&quot;&gt;%2 ändern …&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ConnectPrompter</name>
    <message>
        <source>The private key “%1” is protected by a passphrase, and none was given.</source>
        <translation>Der private Schlüssel „%1“ ist durch eine Passphrase geschützt, aber es wurde keine angegeben.</translation>
    </message>
    <message>
        <source>No passphrase was given for the private key “%1”, so Berth could not log in with it.</source>
        <translation>Für den privaten Schlüssel „%1“ wurde keine Passphrase angegeben, daher konnte Berth sich damit nicht anmelden.</translation>
    </message>
    <message>
        <source>The server %1 is not in your known_hosts yet.</source>
        <translation>Der Server %1 steht noch nicht in Ihrer known_hosts.</translation>
    </message>
    <message>
        <source>The jump host %1, through which Berth reaches %2, is not in your known_hosts yet.</source>
        <translation>Der Jump-Host %1, über den Berth %2 erreicht, steht noch nicht in Ihrer known_hosts.</translation>
    </message>
    <message>
        <source>New Server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>New Jump Host</source>
        <translation>Neuer Jump-Host</translation>
    </message>
    <message>
        <source>It presents the key %1 %2. Compare the fingerprint with what your provider or the server shows before trusting it.</source>
        <translation>Er zeigt den Schlüssel %1 %2. Vergleichen Sie den Fingerabdruck mit dem, was Ihr Anbieter oder der Server anzeigt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::DeployPage</name>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Ausrollen</translation>
    </message>
    <message>
        <source>Roll back to a version</source>
        <translation>Auf eine Version zurückrollen</translation>
    </message>
    <message>
        <source>Remove old containers and images</source>
        <translation>Alte Container und Images entfernen</translation>
    </message>
    <message>
        <source>Release the deploy lock</source>
        <translation>Deploy-Sperre freigeben</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Image already in the &amp;registry (no build)</source>
        <translation>Image schon in der &amp;Registry (kein Build)</translation>
    </message>
    <message>
        <source>Deploys a version that was built and pushed before (kamal deploy --skip-push)</source>
        <translation>Rollt eine Version aus, die schon gebaut und hochgeladen wurde (kamal deploy --skip-push)</translation>
    </message>
    <message>
        <source>&amp;Preview Plan</source>
        <translation>Plan &amp;ansehen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Runs the plan on the servers (Ctrl+Enter)</source>
        <translation>Führt den Plan auf den Servern aus (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops after the running command; the deploy lock is released</source>
        <translation>Hält nach dem laufenden Befehl an; die Deploy-Sperre wird freigegeben</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>V&amp;ersion:</translation>
    </message>
    <message>
        <source>Timeline of the steps on each host</source>
        <translation>Zeitleiste der Schritte auf jedem Host</translation>
    </message>
    <message>
        <source>Find in this step&apos;s output (Ctrl+F, Enter for the next)</source>
        <translation>In der Ausgabe dieses Schritts suchen (Strg+F, Eingabe für den nächsten Treffer)</translation>
    </message>
    <message>
        <source>Find in output</source>
        <translation>In der Ausgabe suchen</translation>
    </message>
    <message>
        <source>Output of the selected step</source>
        <translation>Ausgabe des gewählten Schritts</translation>
    </message>
    <message>
        <source>the version to go back to (see Releases)</source>
        <translation>die Version, zu der zurückgerollt wird (siehe Releases)</translation>
    </message>
    <message>
        <source>default: the git commit (HEAD)</source>
        <translation>Standard: der git-Commit (HEAD)</translation>
    </message>
    <message>
        <source>Preview the plan to see every step and command before anything runs.</source>
        <translation>Sehen Sie sich den Plan an, um jeden Schritt und Befehl zu sehen, bevor etwas läuft.</translation>
    </message>
    <message>
        <source>Cancelling after the running command; the deploy lock will be released…</source>
        <translation>Abbruch nach dem laufenden Befehl; die Deploy-Sperre wird freigegeben …</translation>
    </message>
    <message>
        <source>Say which version to roll back to.</source>
        <translation>Geben Sie an, auf welche Version zurückgerollt wird.</translation>
    </message>
    <message>
        <source>The secrets are still being read; try again in a moment.</source>
        <translation>Die Geheimnisse werden noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>These secrets are not set, and Kamal would stop at them: %1. Set them on the Secrets page.</source>
        <translation>Diese Geheimnisse sind nicht gesetzt, und Kamal würde daran scheitern: %1. Setzen Sie sie auf der Seite Geheimnisse.</translation>
    </message>
    <message>
        <source>Preparing and checking the servers…</source>
        <translation>Vorbereiten und Server prüfen …</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>Plan wird vorbereitet …</translation>
    </message>
    <message numerus="yes">
        <source>%1 of version %2: %n step(s) on %3. Nothing runs until you press Start; select a step to see its commands.</source>
        <translation>
            <numerusform>%1 der Version %2: %n Schritt auf %3. Nichts läuft, bevor Sie Starten drücken; wählen Sie einen Schritt, um seine Befehle zu sehen.</numerusform>
            <numerusform>%1 der Version %2: %n Schritte auf %3. Nichts läuft, bevor Sie Starten drücken; wählen Sie einen Schritt, um seine Befehle zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of %1 changed since it was trusted (%2): someone may be intercepting the connection. If the server was rebuilt, remove its old line with: ssh-keygen -R %1</source>
        <translation>Der Schlüssel von %1 hat sich geändert, seit ihm vertraut wurde (%2): Jemand könnte die Verbindung abfangen. Wurde der Server neu aufgesetzt, entfernen Sie die alte Zeile mit: ssh-keygen -R %1</translation>
    </message>
    <message>
        <source>Nothing ran: %1</source>
        <translation>Nichts wurde ausgeführt: %1</translation>
    </message>
    <message>
        <source>New servers</source>
        <translation>Neue Server</translation>
    </message>
    <message>
        <source>These servers are not in your known_hosts yet. Compare the fingerprints with what your provider shows, then trust them:</source>
        <translation>Diese Server stehen noch nicht in Ihrer known_hosts. Vergleichen Sie die Fingerabdrücke mit den Angaben Ihres Anbieters und vertrauen Sie ihnen dann:</translation>
    </message>
    <message>
        <source>Trust and Start</source>
        <translation>Vertrauen und starten</translation>
    </message>
    <message>
        <source>Nothing ran: the new servers were not trusted.</source>
        <translation>Nichts wurde ausgeführt: Den neuen Servern wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped, %4 cancelled</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 übersprungen, %4 abgebrochen</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <source>Running %1… Select a step to follow its output.</source>
        <translation>%1 läuft … Wählen Sie einen Schritt, um seine Ausgabe zu verfolgen.</translation>
    </message>
    <message>
        <source>The alias “%1” cannot be read: %2</source>
        <translation>Der Alias „%1“ ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>The alias “%1” opened in a terminal.</source>
        <translation>Der Alias „%1“ wurde in einem Terminal geöffnet.</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <translation>Alias %1</translation>
    </message>
    <message>
        <source>Berth runs aliases of app exec and accessory exec here; for “%1”, run berth-cli alias in a terminal.</source>
        <translation>Berth führt hier Aliase von app exec und accessory exec aus; für „%1“ verwenden Sie berth-cli alias in einem Terminal.</translation>
    </message>
    <message>
        <source>Release Its Lock…</source>
        <translation>Seine Sperre freigeben …</translation>
    </message>
    <message>
        <source>Deploy It Again…</source>
        <translation>Erneut ausrollen …</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>“%1” of version %2 (started %3) never finished: Berth stopped during %4. Release its deploy lock, then deploy again to bring every host to one version — or run berth-cli recover.</source>
        <translation>„%1“ der Version %2 (gestartet %3) wurde nie beendet: Berth hielt an während %4. Geben Sie seine Deploy-Sperre frei und rollen Sie erneut aus, damit jeder Host eine Version hat – oder verwenden Sie berth-cli recover.</translation>
    </message>
    <message>
        <source>its last step</source>
        <translation>seines letzten Schritts</translation>
    </message>
    <message>
        <source>Command “%1”</source>
        <translation>Befehl „%1“</translation>
    </message>
    <message>
        <source>Opening a terminal for “%1”…</source>
        <translation>Terminal für „%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>Opened in a terminal: %1</source>
        <translation>In einem Terminal geöffnet: %1</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Past runs from this computer: who, what, version, each step&apos;s time</source>
        <translation>Bisherige Läufe von diesem Computer: wer, was, Version, Dauer jedes Schritts</translation>
    </message>
    <message>
        <source>Berth: %1</source>
        <translation>Berth: %1</translation>
    </message>
    <message>
        <source>Finish on Live Version…</source>
        <translation>Auf Live-Version abschließen…</translation>
    </message>
    <message>
        <source>Every host serves the version kamal-proxy serves now</source>
        <translation>Jeder Host liefert die Version aus, die kamal-proxy jetzt ausliefert</translation>
    </message>
    <message>
        <source>Roll Back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <source>Every host goes back to the version live before the run</source>
        <translation>Jeder Host kehrt zu der Version zurück, die vor dem Lauf live war</translation>
    </message>
    <message>
        <source>Looking at what the servers run…</source>
        <translation>Prüfe, was auf den Servern läuft…</translation>
    </message>
    <message>
        <source>The journal of the interrupted run cannot be read.</source>
        <translation>Das Journal des unterbrochenen Laufs ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Finish on the Live Version</source>
        <translation>Auf der Live-Version abschließen</translation>
    </message>
    <message>
        <source>%1 is not possible: %2</source>
        <translation>%1 ist nicht möglich: %2</translation>
    </message>
    <message>
        <source>Every host goes back to version %1, live before the interrupted run (%2). On each host:</source>
        <translation>Jeder Host kehrt zu Version %1 zurück, die vor dem unterbrochenen Lauf live war (%2). Auf jedem Host:</translation>
    </message>
    <message>
        <source>Every host serves version %1, the one kamal-proxy serves now. On each host:</source>
        <translation>Jeder Host liefert Version %1 aus, die kamal-proxy jetzt ausliefert. Auf jedem Host:</translation>
    </message>
    <message>
        <source>Show the Plan</source>
        <translation>Plan anzeigen</translation>
    </message>
    <message>
        <source>%1 to version %2</source>
        <translation>%1 auf Version %2</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::DeployTimelineModel</name>
    <message>
        <source>(upload %1)</source>
        <translation>(%1 hochladen)</translation>
    </message>
    <message>
        <source>(wait until the container is ready)</source>
        <translation>(warten, bis der Container bereit ist)</translation>
    </message>
    <message numerus="yes">
        <source>(wait %n second(s))</source>
        <translation>
            <numerusform>(%n Sekunde warten)</numerusform>
            <numerusform>(%n Sekunden warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Will run:</source>
        <translation>Wird ausführen:</translation>
    </message>
    <message>
        <source>(earlier output dropped)</source>
        <translation>(frühere Ausgabe verworfen)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Last output</source>
        <translation>Letzte Ausgabe</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ExecDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>The app (every role)</source>
        <translation>Die App (jede Rolle)</translation>
    </message>
    <message>
        <source>The app</source>
        <translation>Die App</translation>
    </message>
    <message>
        <source>The app, role %1</source>
        <translation>Die App, Rolle %1</translation>
    </message>
    <message>
        <source>Accessory %1</source>
        <translation>Zubehör %1</translation>
    </message>
    <message>
        <source>in the running container</source>
        <translation>im laufenden Container</translation>
    </message>
    <message>
        <source>in a new container of the image, removed afterwards</source>
        <translation>in einem neuen Container des Images, der danach entfernt wird</translation>
    </message>
    <message>
        <source>deploy.yml names no host for this.</source>
        <translation>deploy.yml nennt dafür keinen Host.</translation>
    </message>
    <message>
        <source>Opens your terminal with an ssh session on %1, %2.</source>
        <translation>Öffnet Ihr Terminal mit einer ssh-Sitzung auf %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>Runs on %n host(s) (%1), %2; the output shows on the Deploy page, host by host, with secrets hidden.</source>
        <translation>
            <numerusform>Läuft auf %n Host (%1), %2; die Ausgabe erscheint auf der Seite „Ausrollen“, Host für Host, ohne Geheimnisse.</numerusform>
            <numerusform>Läuft auf %n Hosts (%1), %2; die Ausgabe erscheint auf der Seite „Ausrollen“, Host für Host, ohne Geheimnisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one host.</source>
        <translation>Wählen Sie mindestens einen Host.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::HistoryDialog</name>
    <message>
        <source>Run History</source>
        <translation>Lauf-Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operation / step</source>
        <translation>Vorgang / Schritt</translation>
    </message>
    <message>
        <source>Version / host</source>
        <translation>Version / Host</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Past runs, each with its steps</source>
        <translation>Bisherige Läufe, jeweils mit ihren Schritten</translation>
    </message>
    <message>
        <source>What the selected step said</source>
        <translation>Was der gewählte Schritt meldete</translation>
    </message>
    <message>
        <source>Select a step that failed to read why.</source>
        <translation>Einen fehlgeschlagenen Schritt wählen, um den Grund zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reading the run history…</source>
        <translation>Der Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>No runs yet: deploys and other operations started from this computer appear here.</source>
        <translation>Noch keine Läufe: Deploys und andere Vorgänge, die von diesem Computer gestartet werden, erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) from this computer, newest first. Expand one to see each step&apos;s time per host.</source>
        <translation>
            <numerusform>%n Lauf von diesem Computer, der neueste zuerst. Aufklappen zeigt die Dauer jedes Schritts pro Host.</numerusform>
            <numerusform>%n Läufe von diesem Computer, der neueste zuerst. Aufklappen zeigt die Dauer jedes Schritts pro Host.</numerusform>
        </translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Interrupted, dismissed</source>
        <translation>Unterbrochen, verworfen</translation>
    </message>
    <message>
        <source>Did not end</source>
        <translation>Nicht beendet</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::KeyValueEditor</name>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Computed by an ERB tag; change it in the YAML view</source>
        <translation>Von einem ERB-Tag berechnet; ändern Sie es in der YAML-Ansicht</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ListEditor</name>
    <message>
        <source>New item for %1</source>
        <translation>Neuer Eintrag für %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the folder of a Kamal project</source>
        <translation>Den Ordner eines Kamal-Projekts öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation>Über &amp;Berth</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Which config/deploy.&lt;destination&gt;.yml is merged over deploy.yml</source>
        <translation>Welche config/deploy.&lt;Ziel&gt;.yml über deploy.yml gelegt wird</translation>
    </message>
    <message>
        <source>Default destination</source>
        <translation>Standardziel</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Kamal Project</source>
        <translation>Kamal-Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>%1 — Berth</source>
        <translation>%1 — Berth</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The configuration has changes that are not saved. Save them before closing?</source>
        <translation>Die Konfiguration hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Aliase</translation>
    </message>
    <message>
        <source>No aliases in deploy.yml</source>
        <translation>Keine Aliase in deploy.yml</translation>
    </message>
    <message>
        <source>See the Backups page.</source>
        <translation>Siehe Seite „Sicherungen“.</translation>
    </message>
    <message>
        <source>The Deploy page is busy; run the command when it has finished.</source>
        <translation>Die Seite „Ausrollen“ ist beschäftigt; führen Sie den Befehl aus, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>%1: needs attention. %2</source>
        <translation>%1: braucht Aufmerksamkeit. %2</translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1 (braucht Aufmerksamkeit)</translation>
    </message>
    <message>
        <source>&amp;Try It Locally…</source>
        <translation>&amp;Lokal ausprobieren…</translation>
    </message>
    <message>
        <source>Deploy the demo project to sandbox servers on this computer</source>
        <translation>Das Demo-Projekt auf Sandbox-Server auf diesem Computer ausliefern</translation>
    </message>
    <message>
        <source>A run is in progress; try again when it has finished.</source>
        <translation>Ein Lauf ist im Gange; versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Find and run a page, an operation, an alias or a recent project by typing</source>
        <translation>Eine Seite, einen Vorgang, einen Alias oder ein zuletzt geöffnetes Projekt tippend finden und ausführen</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Run alias %1</source>
        <translation>Alias %1 ausführen</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>recent project</source>
        <translation>zuletzt geöffnetes Projekt</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::PassphraseDialog</name>
    <message>
        <source>Key Passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>The private key “%1” is protected by a passphrase. Berth uses it for every server until you quit.</source>
        <translation>Der private Schlüssel „%1“ ist durch eine Passphrase geschützt. Berth verwendet sie für alle Server, bis Sie das Programm beenden.</translation>
    </message>
    <message>
        <source>That passphrase did not open the key. Try again (attempt %1 of %2).</source>
        <translation>Diese Passphrase hat den Schlüssel nicht geöffnet. Versuchen Sie es erneut (Versuch %1 von %2).</translation>
    </message>
    <message>
        <source>The passphrase remembered in the keychain no longer opens this key. Enter the current one; it replaces the remembered one.</source>
        <translation>Die im Schlüsselbund gespeicherte Passphrase öffnet diesen Schlüssel nicht mehr. Geben Sie die aktuelle ein; sie ersetzt die gespeicherte.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Stores the passphrase in your system&apos;s keychain, so Berth does not ask next time</source>
        <translation>Speichert die Passphrase im Schlüsselbund Ihres Systems, damit Berth beim nächsten Mal nicht fragt</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ReleasesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Versions on the servers</source>
        <translation>Versionen auf den Servern</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <source>Live on</source>
        <translation>Live auf</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Vorhanden auf</translation>
    </message>
    <message>
        <source>Roll &amp;Back to This Version…</source>
        <translation>Auf diese Version &amp;zurückrollen …</translation>
    </message>
    <message>
        <source>Refresh to see the versions the servers keep.</source>
        <translation>Aktualisieren Sie, um die Versionen auf den Servern zu sehen.</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>%1 of %2 hosts</source>
        <translation>%1 von %2 Hosts</translation>
    </message>
    <message>
        <source>%1 is live on every host of %2.</source>
        <translation>%1 ist auf jedem Host von %2 live.</translation>
    </message>
    <message>
        <source>%1 is not kept on every host of %2 any more (%3 of %4), so Kamal cannot roll back to it.</source>
        <translation>%1 ist nicht mehr auf jedem Host von %2 vorhanden (%3 von %4), daher kann Kamal nicht darauf zurückrollen.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) kept on the servers. Select one to roll back to it.</source>
        <translation>
            <numerusform>%n Version auf den Servern. Wählen Sie eine, um darauf zurückzurollen.</numerusform>
            <numerusform>%n Versionen auf den Servern. Wählen Sie eine, um darauf zurückzurollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some servers could not be read: %1</source>
        <translation>Einige Server konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a version.</source>
        <translation>Wählen Sie eine Version.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RestoreConfirmDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Restore &lt;b&gt;%1&lt;/b&gt; on %2 from the backup of &lt;b&gt;%3 UTC&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;First, Berth checks that the backup restores cleanly in a throwaway database and takes a &lt;b&gt;safety backup&lt;/b&gt; of the current data. Then the backup replaces the database: changes made since %3 are lost (the safety backup keeps them).&lt;/p&gt;&lt;p&gt;Type the database name to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; auf %2 aus der Sicherung vom &lt;b&gt;%3 UTC&lt;/b&gt; wiederherstellen?&lt;/p&gt;&lt;p&gt;Zuerst prüft Berth, dass sich die Sicherung in einer Wegwerf-Datenbank sauber wiederherstellen lässt, und erstellt eine &lt;b&gt;Sicherheitskopie&lt;/b&gt; der aktuellen Daten. Dann ersetzt die Sicherung die Datenbank: Änderungen seit %3 gehen verloren (die Sicherheitskopie behält sie).&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Datenbanknamen ein:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database name to confirm the restore</source>
        <translation>Datenbankname zur Bestätigung der Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation>Die Datenbank wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::SandboxDialog</name>
    <message>
        <source>Try It Locally</source>
        <translation>Lokal ausprobieren</translation>
    </message>
    <message>
        <source>Berth starts servers on this computer (network namespaces with SSH and Docker, an image registry and S3) and deploys the demo project to them: your first deploy, without renting a server. It asks for the administrator password once.</source>
        <translation>Berth startet Server auf diesem Computer (Netzwerk-Namespaces mit SSH und Docker, eine Image-Registry und S3) und liefert das Demo-Projekt dorthin aus: Ihr erstes Deployment, ohne einen Server zu mieten. Es fragt einmal nach dem Administratorpasswort.</translation>
    </message>
    <message>
        <source>Sandbox progress</source>
        <translation>Fortschritt der Sandbox</translation>
    </message>
    <message>
        <source>Link to the demo</source>
        <translation>Link zur Demo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Starte die Sandbox…</translation>
    </message>
    <message>
        <source>The sandbox is up. Deploying the demo to %1 — follow it on the Deploy page.</source>
        <translation>Die Sandbox läuft. Die Demo wird nach %1 ausgerollt – verfolgen Sie es auf der Seite „Ausrollen“.</translation>
    </message>
    <message>
        <source>The demo runs in the sandbox.</source>
        <translation>Die Demo läuft in der Sandbox.</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; to see it.</source>
        <translation>Öffnen Sie &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The deploy did not finish: the Deploy page says why.</source>
        <translation>Das Ausrollen wurde nicht abgeschlossen: Die Seite „Ausrollen“ sagt, warum.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::SecretsPage</name>
    <message>
        <source>Project environment</source>
        <translation>Projektumgebung</translation>
    </message>
    <message>
        <source>Project environment variables</source>
        <translation>Variablen der Projektumgebung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>C&amp;hange Value…</source>
        <translation>Wert ä&amp;ndern …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Hold to &amp;Show</source>
        <translation>Zum Anzeigen &amp;halten</translation>
    </message>
    <message>
        <source>Shows the selected value while the button is held down</source>
        <translation>Zeigt den gewählten Wert, solange der Knopf gedrückt ist</translation>
    </message>
    <message>
        <source>&amp;Import .env…</source>
        <translation>.env &amp;importieren …</translation>
    </message>
    <message>
        <source>Moves the values of a .env file into the keychain, checks each one, then offers to delete the file</source>
        <translation>Überträgt die Werte einer .env-Datei in den Schlüsselbund, prüft jeden und bietet dann an, die Datei zu löschen</translation>
    </message>
    <message>
        <source>Secrets Kamal reads</source>
        <translation>Geheimnisse, die Kamal liest</translation>
    </message>
    <message>
        <source>Secrets from .kamal/secrets</source>
        <translation>Geheimnisse aus .kamal/secrets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <source>A&amp;pprove Command…</source>
        <translation>Befehl f&amp;reigeben …</translation>
    </message>
    <message>
        <source>Lets Berth run the selected command from the secrets files, as Kamal does</source>
        <translation>Lässt Berth den gewählten Befehl aus den Secrets-Dateien ausführen, wie Kamal es tut</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Variables kept in the OS keychain for the default destination.</source>
        <translation>Variablen im Schlüsselbund des Systems für das Standardziel.</translation>
    </message>
    <message>
        <source>Variables kept in the OS keychain for the destination “%1”.</source>
        <translation>Variablen im Schlüsselbund des Systems für das Ziel „%1“.</translation>
    </message>
    <message>
        <source>deploy.yml reads them through ERB, and .kamal/secrets through $NAME, before your shell&apos;s environment.</source>
        <translation>deploy.yml liest sie über ERB und .kamal/secrets über $NAME, vor der Umgebung Ihrer Shell.</translation>
    </message>
    <message>
        <source>The OS keychain cannot be used: %1 Berth keeps values only there, never in a file; until it works, values come from your shell&apos;s environment.</source>
        <translation>Der Schlüsselbund des Systems ist nicht nutzbar: %1 Berth speichert Werte nur dort, nie in einer Datei; bis er funktioniert, kommen die Werte aus der Umgebung Ihrer Shell.</translation>
    </message>
    <message>
        <source>Not in the keychain any more: %1. Set them again.</source>
        <translation>Nicht mehr im Schlüsselbund: %1. Setzen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Secret, in the keychain</source>
        <translation>Geheim, im Schlüsselbund</translation>
    </message>
    <message>
        <source>Plain, in the keychain</source>
        <translation>Einfach, im Schlüsselbund</translation>
    </message>
    <message>
        <source>(from your shell&apos;s environment)</source>
        <translation>(aus der Umgebung Ihrer Shell)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Not in the keychain</source>
        <translation>Nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>deploy.yml reads %1 and nothing sets it: add it here.</source>
        <translation>deploy.yml liest %1, aber nichts setzt es: fügen Sie es hier hinzu.</translation>
    </message>
    <message>
        <source>Reading the secrets files…</source>
        <translation>Secrets-Dateien werden gelesen …</translation>
    </message>
    <message>
        <source>Set (written in the file)</source>
        <translation>Gesetzt (steht in der Datei)</translation>
    </message>
    <message>
        <source>Set (from variables)</source>
        <translation>Gesetzt (aus Variablen)</translation>
    </message>
    <message>
        <source>Set (by an approved command)</source>
        <translation>Gesetzt (durch einen freigegebenen Befehl)</translation>
    </message>
    <message>
        <source>Not set: its command failed</source>
        <translation>Nicht gesetzt: sein Befehl ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not set: waits for a command you have not approved</source>
        <translation>Nicht gesetzt: wartet auf einen Befehl, den Sie nicht freigegeben haben</translation>
    </message>
    <message>
        <source>Not set: waits for %1</source>
        <translation>Nicht gesetzt: wartet auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) set</source>
        <translation>
            <numerusform>%n Geheimnis gesetzt</numerusform>
            <numerusform>%n Geheimnisse gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not set</source>
        <translation>
            <numerusform>%n nicht gesetzt</numerusform>
            <numerusform>%n nicht gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>read from %1.</source>
        <translation>gelesen aus %1.</translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Secret: masked here and hidden in every log</source>
        <translation>Geheim: hier maskiert und in jedem Log verborgen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Use letters, digits, _ and . and do not start with a digit, so that Kamal can read it.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, _ und . und beginnen Sie nicht mit einer Ziffer, damit Kamal den Namen lesen kann.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1 in the keychain.</source>
        <translation>%1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its value from the keychain?</source>
        <translation>%1 und seinen Wert aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>Removed %1 from the keychain.</source>
        <translation>%1 aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation>Eine .env-Datei importieren</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) moved into the keychain and read back to check them.</source>
        <translation>
            <numerusform>%n Wert in den Schlüsselbund übertragen und zur Prüfung zurückgelesen.</numerusform>
            <numerusform>%n Werte in den Schlüsselbund übertragen und zur Prüfung zurückgelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1 (line %2): %3</source>
        <translation>Nicht importiert: %1 (Zeile %2): %3</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>%1 still holds the plain values. Delete it now that the keychain has them?</source>
        <translation>%1 enthält die Werte noch im Klartext. Jetzt löschen, da der Schlüsselbund sie hat?</translation>
    </message>
    <message>
        <source>%1 was not changed; some values are only there.</source>
        <translation>%1 wurde nicht verändert; manche Werte stehen nur dort.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Add to .gitignore</source>
        <translation>Zu .gitignore hinzufügen</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Approve a command</source>
        <translation>Einen Befehl freigeben</translation>
    </message>
    <message>
        <source>To set %1, .kamal/secrets runs this command on this computer, as Kamal does:</source>
        <translation>Um %1 zu setzen, führt .kamal/secrets diesen Befehl auf diesem Rechner aus, wie Kamal es tut:</translation>
    </message>
    <message>
        <source>Run it now and whenever Berth reads the secrets of this project? The approval is for this exact command text only.</source>
        <translation>Jetzt und immer dann ausführen, wenn Berth die Geheimnisse dieses Projekts liest? Die Freigabe gilt nur für genau diesen Befehlstext.</translation>
    </message>
    <message>
        <source>Approve and Run</source>
        <translation>Freigeben und ausführen</translation>
    </message>
    <message>
        <source>No secrets files: Kamal reads %1 for this destination, and none exists.</source>
        <translation>Keine Secrets-Dateien: Kamal liest für dieses Ziel %1, und keine davon existiert.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ServerView</name>
    <message numerus="yes">
        <source>Looking at %n server(s)…</source>
        <translation>
            <numerusform>%n Server wird angesehen …</numerusform>
            <numerusform>%n Server werden angesehen …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ServersPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Release the &amp;Lock…</source>
        <translation>&amp;Sperre freigeben …</translation>
    </message>
    <message>
        <source>Servers and their containers</source>
        <translation>Server und ihre Container</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Version or image</source>
        <translation>Version oder Image</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Follow Logs</source>
        <translation>Logs &amp;verfolgen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Logs of the selected container</source>
        <translation>Logs des gewählten Containers</translation>
    </message>
    <message>
        <source>Release the deploy lock</source>
        <translation>Deploy-Sperre freigeben</translation>
    </message>
    <message>
        <source>Only release a lock nobody is using: a deploy that is still running would go on without it.</source>
        <translation>Geben Sie nur eine Sperre frei, die niemand nutzt: Ein noch laufendes Deploy liefe ohne sie weiter.</translation>
    </message>
    <message>
        <source>Show the Release Plan</source>
        <translation>Plan zur Freigabe zeigen</translation>
    </message>
    <message>
        <source>Refresh to look at the servers.</source>
        <translation>Aktualisieren Sie, um die Server anzusehen.</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>accessory %1</source>
        <translation>Zusatzdienst %1</translation>
    </message>
    <message>
        <source>app, role %1</source>
        <translation>App, Rolle %1</translation>
    </message>
    <message>
        <source>Deploy lock held on %1:
%2</source>
        <translation>Deploy-Sperre auf %1 gesetzt:
%2</translation>
    </message>
    <message>
        <source>No deploy lock is held.</source>
        <translation>Keine Deploy-Sperre gesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 running, %2 stopped on %n server(s).</source>
        <translation>
            <numerusform>%1 laufen, %2 gestoppt auf %n Server.</numerusform>
            <numerusform>%1 laufen, %2 gestoppt auf %n Servern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reachable: %1.</source>
        <translation>Nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>Run a &amp;Command…</source>
        <translation>Einen &amp;Befehl ausführen …</translation>
    </message>
    <message>
        <source>Runs a command in the app&apos;s or an accessory&apos;s container, as kamal app exec and kamal accessory exec do</source>
        <translation>Führt einen Befehl im Container der App oder eines Zubehörs aus, wie kamal app exec und kamal accessory exec</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::WelcomePage</name>
    <message>
        <source>Berth logo</source>
        <translation>Berth-Logo</translation>
    </message>
    <message>
        <source>Welcome to Berth</source>
        <translation>Willkommen bei Berth</translation>
    </message>
    <message>
        <source>Deploy your apps to your own servers with Kamal — and see every step. Open the folder of a Kamal project: the one that contains config/deploy.yml.</source>
        <translation>Liefern Sie Ihre Apps mit Kamal auf Ihre eigenen Server aus — und sehen Sie jeden Schritt. Öffnen Sie den Ordner eines Kamal-Projekts: den, der config/deploy.yml enthält.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>This folder is not available right now.</source>
        <translation>Dieser Ordner ist gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Try It Locally…</source>
        <translation>&amp;Lokal ausprobieren…</translation>
    </message>
    <message>
        <source>Deploy the demo project to sandbox servers on this computer: no server to rent</source>
        <translation>Das Demo-Projekt auf Sandbox-Server auf diesem Computer ausliefern: kein Server zu mieten</translation>
    </message>
</context>
<context>
    <name>Berth::KeychainSecretStore</name>
    <message>
        <source>%1 is not in the keychain.</source>
        <translation>%1 ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain refused access to %1. Unlock the keychain and allow Berth to use it.</source>
        <translation>Der Schlüsselbund verweigert den Zugriff auf %1. Entsperren Sie den Schlüsselbund und erlauben Sie Berth den Zugriff.</translation>
    </message>
    <message>
        <source>No secure keychain is available for %1. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet; on Windows and macOS, sign in to your user account&apos;s keychain.</source>
        <translation>Für %1 ist kein sicherer Schlüsselbund verfügbar. Installieren und entsperren Sie unter Linux einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet; melden Sie sich unter Windows und macOS am Schlüsselbund Ihres Benutzerkontos an.</translation>
    </message>
    <message>
        <source>The keychain accepted a value but did not give it back. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat einen Wert angenommen, aber nicht zurückgegeben. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Berth::ProjectEnvironment</name>
    <message>
        <source>“%1” is not a variable name Kamal can use: use letters, digits, _ and .; do not start with a digit.</source>
        <translation>„%1“ ist kein Variablenname, den Kamal verwenden kann: Buchstaben, Ziffern, _ und . verwenden; nicht mit einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>The keychain did not keep %1. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat %1 nicht behalten. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its value runs a command ($(…)); Berth does not run commands from an imported file. Set this value by hand.</source>
        <translation>sein Wert führt einen Befehl aus ($(…)); Berth führt keine Befehle aus einer importierten Datei aus. Setzen Sie diesen Wert von Hand.</translation>
    </message>
    <message>
        <source>the name starts with a digit</source>
        <translation>der Name beginnt mit einer Ziffer</translation>
    </message>
    <message>
        <source>%1 is not inside the project folder, so the project&apos;s .gitignore cannot cover it.</source>
        <translation>%1 liegt nicht im Projektordner, daher kann die .gitignore des Projekts die Datei nicht erfassen.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>BerthCli</name>
    <message>
        <source>berth-cli: %1</source>
        <translation>berth-cli: %1</translation>
    </message>
    <message>
        <source>Project:      %1</source>
        <translation>Projekt:      %1</translation>
    </message>
    <message>
        <source>Folder:       %1</source>
        <translation>Ordner:       %1</translation>
    </message>
    <message>
        <source>Config:       %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>Destinations: %1</source>
        <translation>Ziele:        %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Secrets:      %1</source>
        <translation>Geheimnisse:  %1</translation>
    </message>
    <message>
        <source>Berth&apos;s command line: the same engine as the desktop app, for CI and scripts.</source>
        <translation>Die Kommandozeile von Berth: derselbe Kern wie die Desktop-Anwendung, für CI und Skripte.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --version: also the library versions.</source>
        <translation>Mit --version: auch die Bibliotheksversionen.</translation>
    </message>
    <message>
        <source>berth-cli: no command given. Run “berth-cli --help” to see the commands.</source>
        <translation>berth-cli: kein Befehl angegeben. „berth-cli --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>berth-cli: unknown command “%1”. Run “berth-cli --help” to see the commands.</source>
        <translation>berth-cli: unbekannter Befehl „%1“. „berth-cli --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>Destination:  %1</source>
        <translation>Ziel:         %1</translation>
    </message>
    <message>
        <source>Known hosts:  %1</source>
        <translation>Known hosts:  %1</translation>
    </message>
    <message>
        <source>URL:          %1</source>
        <translation>URL:          %1</translation>
    </message>
    <message>
        <source>berth-cli: cannot run %1.</source>
        <translation>berth-cli: %1 kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The local sandbox: the demo project on servers that run on this machine (Linux; the test environment of Berth&apos;s source, tests/env).</source>
        <translation>Die lokale Sandbox: das Demo-Projekt auf Servern, die auf diesem Rechner laufen (Linux; die Testumgebung aus dem Quellcode von Berth, tests/env).</translation>
    </message>
    <message>
        <source>With down: really stop the sandbox servers.</source>
        <translation>Mit down: die Sandbox-Server wirklich anhalten.</translation>
    </message>
    <message>
        <source>berth-cli sandbox: say up, deploy, status or down.</source>
        <translation>berth-cli sandbox: Geben Sie up, deploy, status oder down an.</translation>
    </message>
    <message>
        <source>Sandbox project: %1</source>
        <translation>Sandbox-Projekt: %1</translation>
    </message>
    <message>
        <source>(not prepared yet)</source>
        <translation>(noch nicht vorbereitet)</translation>
    </message>
    <message>
        <source>berth-cli sandbox down stops every sandbox server (the whole test environment, tests/env/testenv down). Add --yes to do it.</source>
        <translation>berth-cli sandbox down hält alle Sandbox-Server an (die ganze Testumgebung, tests/env/testenv down). Fügen Sie --yes hinzu, um es zu tun.</translation>
    </message>
    <message>
        <source>The demo answers at %1</source>
        <translation>Die Demo antwortet unter %1</translation>
    </message>
    <message>
        <source>info [PROJECT]   Show what Berth finds in a Kamal project folder (default: the current folder).
config check|get|set|show   Check, read and edit config/deploy.yml (berth-cli config --help).
secrets list|get|set|unset|import|resolve|exec   The project environment in the keychain and .kamal/secrets (berth-cli secrets --help).
setup | deploy | redeploy | rollback VERSION | app boot|stop|start|remove|maintenance|live | accessory boot|reboot|remove|start|stop | proxy boot|reboot|remove | prune | remove | lock acquire|release   Run it on the servers, as kamal does (berth-cli deploy --help).
app details|containers|images|logs | accessory details|logs | proxy details|logs | lock status   Show what the servers say, as kamal does.
releases [--json]   The versions the servers keep per role, and which one is live.
plan OPERATION   Print the steps and commands without running them.
backups list|now|restore|download|verify   The database backups of the backup accessory (berth-cli backups --help).
history [--steps] [--json]   The project&apos;s past runs from this computer, with every step&apos;s duration.
ssh remember-passphrase|forget-passphrase KEYFILE   A private key&apos;s passphrase in the keychain (berth-cli ssh --help).
sandbox up|deploy|status|down   The demo on local sandbox servers (Linux; berth-cli sandbox --help).</source>
        <translation>info [PROJEKT]   Zeigt, was Berth in einem Kamal-Projektordner findet (Standard: der aktuelle Ordner).
config check|get|set|show   config/deploy.yml prüfen, lesen und bearbeiten (berth-cli config --help).
secrets list|get|set|unset|import|resolve|exec   Die Projektumgebung im Schlüsselbund und .kamal/secrets (berth-cli secrets --help).
setup | deploy | redeploy | rollback VERSION | app boot|stop|start|remove|maintenance|live | accessory boot|reboot|remove|start|stop | proxy boot|reboot|remove | prune | remove | lock acquire|release   Auf den Servern ausführen, wie kamal es tut (berth-cli deploy --help).
app details|containers|images|logs | accessory details|logs | proxy details|logs | lock status   Zeigen, was die Server sagen, wie kamal es tut.
releases [--json]   Die Versionen, die die Server je Rolle behalten, und welche live ist.
plan VORGANG   Schritte und Befehle zeigen, ohne sie auszuführen.
backups list|now|restore|download|verify   Die Datenbank-Backups des Backup-Zubehörs (berth-cli backups --help).
history [--steps] [--json]   Die bisherigen Läufe des Projekts von diesem Computer, mit der Dauer jedes Schritts.
ssh remember-passphrase|forget-passphrase SCHLÜSSELDATEI   Die Passphrase eines privaten Schlüssels im Schlüsselbund (berth-cli ssh --help).
sandbox up|deploy|status|down   Die Demo auf lokalen Sandbox-Servern (Linux; berth-cli sandbox --help).</translation>
    </message>
</context>
<context>
    <name>BerthCliBackups</name>
    <message>
        <source>%1 (accessory %2 on %3, s3://%4/%5/)</source>
        <translation>%1 (Zubehör %2 auf %3, s3://%4/%5/)</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>(no backups)</source>
        <translation>(keine Sicherungen)</translation>
    </message>
    <message>
        <source>The backups of the Postgres accessory, taken by a postgres-backup-s3 accessory (as on the Backups page): list them, back up now, restore, download and verify with a restore drill.</source>
        <translation>Die Sicherungen des Postgres-Zubehörs, die ein postgres-backup-s3-Zubehör anlegt (wie auf der Seite Sicherungen): auflisten, jetzt sichern, wiederherstellen, herunterladen und mit einer Wiederherstellungsprobe prüfen.</translation>
    </message>
    <message>
        <source>The backup accessory (default: the first one deploy.yml has).</source>
        <translation>Das Sicherungszubehör (Standard: das erste in deploy.yml).</translation>
    </message>
    <message>
        <source>list: a JSON array, for scripts.</source>
        <translation>list: ein JSON-Array, für Skripte.</translation>
    </message>
    <message>
        <source>restore: the name of the database, to confirm that it is replaced.</source>
        <translation>restore: der Name der Datenbank, um zu bestätigen, dass sie ersetzt wird.</translation>
    </message>
    <message>
        <source>download: the file to write (default: the object&apos;s name, in the current folder).</source>
        <translation>download: die zu schreibende Datei (Standard: der Name des Objekts, im aktuellen Ordner).</translation>
    </message>
    <message>
        <source>download: decrypt with the local gpg and the accessory&apos;s PASSPHRASE.</source>
        <translation>download: mit dem lokalen gpg und der PASSPHRASE des Zubehörs entschlüsseln.</translation>
    </message>
    <message>
        <source>Run every $(…) command of the secrets files, approved or not.</source>
        <translation>Jeden $(…)-Befehl der Secrets-Dateien ausführen, ob freigegeben oder nicht.</translation>
    </message>
    <message>
        <source>Trust servers whose keys are not in known_hosts yet (never changed ones).</source>
        <translation>Servern vertrauen, deren Schlüssel noch nicht in known_hosts stehen (nie geänderten).</translation>
    </message>
    <message>
        <source>list [--json] | now | restore TIMESTAMP --confirm DATABASE | download TIMESTAMP [-o FILE] [--decrypt] | verify TIMESTAMP</source>
        <translation>list [--json] | now | restore ZEITSTEMPEL --confirm DATENBANK | download ZEITSTEMPEL [-o DATEI] [--decrypt] | verify ZEITSTEMPEL</translation>
    </message>
    <message>
        <source>berth-cli backups: unknown subcommand “%1”; use list, now, restore, download or verify.</source>
        <translation>berth-cli backups: unbekannter Unterbefehl „%1“; verwenden Sie list, now, restore, download oder verify.</translation>
    </message>
    <message>
        <source>berth-cli backups %1: wrong number of arguments (berth-cli backups --help)</source>
        <translation>berth-cli backups %1: falsche Anzahl von Argumenten (berth-cli backups --help)</translation>
    </message>
    <message>
        <source>berth-cli backups restore: a restore replaces the database; confirm with --confirm and the database&apos;s name.</source>
        <translation>berth-cli backups restore: Eine Wiederherstellung ersetzt die Datenbank; bestätigen Sie mit --confirm und dem Namen der Datenbank.</translation>
    </message>
    <message>
        <source>berth-cli backups: there is no destination “%1” (no config/deploy.%1.yml).</source>
        <translation>berth-cli backups: Es gibt kein Ziel „%1“ (keine config/deploy.%1.yml).</translation>
    </message>
    <message>
        <source>deploy.yml has no backup accessory (postgres-backup-s3).</source>
        <translation>deploy.yml hat kein Sicherungszubehör (postgres-backup-s3).</translation>
    </message>
    <message>
        <source>berth-cli backups: there is no backup accessory “%1” in deploy.yml.</source>
        <translation>berth-cli backups: deploy.yml hat kein Sicherungszubehör „%1“.</translation>
    </message>
    <message>
        <source>berth-cli backups restore: “%1” is not the database&apos;s name (%2); nothing was changed.</source>
        <translation>berth-cli backups restore: „%1“ ist nicht der Name der Datenbank (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>berth-cli backups %1: there is no backup of %2 from %3 under s3://%4/%5/ (berth-cli backups list shows them).</source>
        <translation>berth-cli backups %1: Es gibt keine Sicherung von %2 vom %3 unter s3://%4/%5/ (berth-cli backups list zeigt sie).</translation>
    </message>
    <message>
        <source>This backup is not encrypted: it is saved as it is.</source>
        <translation>Diese Sicherung ist nicht verschlüsselt: Sie wird unverändert gespeichert.</translation>
    </message>
    <message>
        <source>berth-cli backups download: this backup is encrypted, but the accessory has no PASSPHRASE to decrypt it with.</source>
        <translation>berth-cli backups download: Diese Sicherung ist verschlüsselt, aber das Zubehör hat keine PASSPHRASE, um sie zu entschlüsseln.</translation>
    </message>
    <message>
        <source>Safety backup of the previous data: %1</source>
        <translation>Sicherheitskopie der vorherigen Daten: %1</translation>
    </message>
</context>
<context>
    <name>BerthCliCommon</name>
    <message>
        <source>Project folder (default: the current folder).</source>
        <translation>Projektordner (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>Destination (config/deploy.&lt;destination&gt;.yml).</source>
        <translation>Ziel (config/deploy.&lt;ziel&gt;.yml).</translation>
    </message>
    <message>
        <source>known_hosts file (default: ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei (Standard: ~/.ssh/known_hosts).</translation>
    </message>
</context>
<context>
    <name>BerthCliConfig</name>
    <message>
        <source>hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message numerus="yes">
        <source>Configuration is valid (%n warning(s)).</source>
        <translation>
            <numerusform>Die Konfiguration ist gültig (%n Warnung).</numerusform>
            <numerusform>Die Konfiguration ist gültig (%n Warnungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration could not be read.</source>
        <translation>Die Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1 warning(s).</source>
        <translation>
            <numerusform>%n Fehler, %1 Warnung(en).</numerusform>
            <numerusform>%n Fehler, %1 Warnung(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check, read and edit config/deploy.yml as Kamal reads it.</source>
        <translation>config/deploy.yml so prüfen, lesen und bearbeiten, wie Kamal sie liest.</translation>
    </message>
    <message>
        <source>Configuration file (default: config/deploy.yml).</source>
        <translation>Konfigurationsdatei (Standard: config/deploy.yml).</translation>
    </message>
    <message>
        <source>Destination (config/deploy.&lt;destination&gt;.yml).</source>
        <translation>Ziel (config/deploy.&lt;Ziel&gt;.yml).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>get: print the text as written, ERB tags included.</source>
        <translation>get: den Text so ausgeben, wie er geschrieben steht, mit ERB-Tags.</translation>
    </message>
    <message>
        <source>set: write the value as a string even if it looks like a number.</source>
        <translation>set: den Wert als Zeichenkette schreiben, auch wenn er wie eine Zahl aussieht.</translation>
    </message>
    <message>
        <source>check | get PATH | set PATH VALUE | show</source>
        <translation>check | get PFAD | set PFAD WERT | show</translation>
    </message>
    <message>
        <source>berth-cli config get: give one PATH, e.g. proxy/app_port</source>
        <translation>berth-cli config get: geben Sie einen PFAD an, z. B. proxy/app_port</translation>
    </message>
    <message>
        <source>berth-cli config get: %1 is not set</source>
        <translation>berth-cli config get: %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>berth-cli config set: give PATH and VALUE, e.g. proxy/app_port 3000</source>
        <translation>berth-cli config set: geben Sie PFAD und WERT an, z. B. proxy/app_port 3000</translation>
    </message>
    <message>
        <source>berth-cli config set: %1 is not UTF-8; Berth does not edit it.</source>
        <translation>berth-cli config set: %1 ist kein UTF-8; Berth bearbeitet die Datei nicht.</translation>
    </message>
    <message>
        <source>Set %1 in %2.</source>
        <translation>%1 in %2 gesetzt.</translation>
    </message>
    <message>
        <source>berth-cli config: unknown subcommand “%1”; use check, get, set or show.</source>
        <translation>berth-cli config: unbekannter Unterbefehl „%1“; verwenden Sie check, get, set oder show.</translation>
    </message>
</context>
<context>
    <name>BerthCliHistory</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>interrupted (berth-cli recover)</source>
        <translation>unterbrochen (berth-cli recover)</translation>
    </message>
    <message>
        <source>did not end</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>The project&apos;s past runs from this computer (deploys, rollbacks, …), newest first, read from Berth&apos;s run journals.</source>
        <translation>Die bisherigen Läufe des Projekts von diesem Computer (Deploys, Rollbacks, …), der neueste zuerst, aus Berths Lauf-Journalen gelesen.</translation>
    </message>
    <message>
        <source>Show at most N runs (default 20).</source>
        <translation>Höchstens N Läufe zeigen (Standard 20).</translation>
    </message>
    <message>
        <source>Also every step per host, with its duration.</source>
        <translation>Auch jeden Schritt pro Host, mit seiner Dauer.</translation>
    </message>
    <message>
        <source>Print JSON (steps included).</source>
        <translation>JSON ausgeben (mit den Schritten).</translation>
    </message>
    <message>
        <source>Runs of every project, not just this one.</source>
        <translation>Läufe aller Projekte, nicht nur dieses.</translation>
    </message>
    <message>
        <source>berth-cli history: -n needs a number of runs, 1 or more.</source>
        <translation>berth-cli history: -n braucht eine Anzahl von Läufen, 1 oder mehr.</translation>
    </message>
    <message>
        <source>No runs yet: deploys and other operations started from this computer appear here.</source>
        <translation>Noch keine Läufe: Deploys und andere Vorgänge, die von diesem Computer gestartet werden, erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 in %2 by %3</source>
        <translation>%1 in %2 durch %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
</context>
<context>
    <name>BerthCliOperation</name>
    <message>
        <source> (always runs)</source>
        <translation> (läuft immer)</translation>
    </message>
    <message>
        <source> (may fail)</source>
        <translation> (darf fehlschlagen)</translation>
    </message>
    <message>
        <source>  (if %1 was found)</source>
        <translation>  (falls %1 gefunden wurde)</translation>
    </message>
    <message>
        <source>  (unless %1 was found)</source>
        <translation>  (außer %1 wurde gefunden)</translation>
    </message>
    <message>
        <source>upload %1 (mode %2)</source>
        <translation>%1 hochladen (Modus %2)</translation>
    </message>
    <message>
        <source>wait until ready: %1</source>
        <translation>warten, bis bereit: %1</translation>
    </message>
    <message numerus="yes">
        <source>wait %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde warten</numerusform>
            <numerusform>%n Sekunden warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs a Kamal operation on the servers, as the kamal command would.</source>
        <translation>Führt einen Kamal-Vorgang auf den Servern aus, wie es der Befehl kamal täte.</translation>
    </message>
    <message>
        <source>The version to deploy (default: git HEAD).</source>
        <translation>Die auszurollende Version (Standard: git HEAD).</translation>
    </message>
    <message>
        <source>Deploy an image already in the registry.</source>
        <translation>Ein Image ausrollen, das schon in der Registry liegt.</translation>
    </message>
    <message>
        <source>lock acquire: why the lock is taken.</source>
        <translation>lock acquire: warum die Sperre gesetzt wird.</translation>
    </message>
    <message>
        <source>Run every $(…) command of the secrets files, approved or not.</source>
        <translation>Jeden $(…)-Befehl der Secrets-Dateien ausführen, ob freigegeben oder nicht.</translation>
    </message>
    <message>
        <source>Trust servers whose keys are not in known_hosts yet (never changed ones).</source>
        <translation>Servern vertrauen, deren Schlüssel noch nicht in known_hosts stehen (nie geänderten).</translation>
    </message>
    <message>
        <source>berth-cli lock acquire: say why with -m MESSAGE.</source>
        <translation>berth-cli lock acquire: Begründung mit -m NACHRICHT angeben.</translation>
    </message>
    <message>
        <source>berth-cli: there is no destination “%1” (no config/deploy.%1.yml).</source>
        <translation>berth-cli: Es gibt kein Ziel „%1“ (keine config/deploy.%1.yml).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Version %1, %2 s.</source>
        <translation>Version %1, %2 s.</translation>
    </message>
    <message>
        <source>berth-cli: deploy.yml has no alias “%1”.</source>
        <translation>berth-cli: deploy.yml hat keinen Alias „%1“.</translation>
    </message>
    <message>
        <source>berth-cli: the alias “%1” cannot be read: %2</source>
        <translation>berth-cli: Der Alias „%1“ ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Alias %1: %2</source>
        <translation>Alias %1: %2</translation>
    </message>
    <message>
        <source>berth-cli: OpenSSH (ssh) could not be started: %1</source>
        <translation>berth-cli: OpenSSH (ssh) ließ sich nicht starten: %1</translation>
    </message>
    <message>
        <source>exec: in the running container.</source>
        <translation>exec: im laufenden Container.</translation>
    </message>
    <message>
        <source>exec: with a terminal, through your OpenSSH (on the primary host).</source>
        <translation>exec: mit Terminal, über Ihr OpenSSH (auf dem primären Host).</translation>
    </message>
    <message>
        <source>Finds a run that was interrupted (Berth killed, the computer asleep), shows where it stopped and what the servers run, and finishes it safely.</source>
        <translation>Findet einen unterbrochenen Lauf (Berth beendet, Rechner im Ruhezustand), zeigt, wo er stehen blieb und was die Server ausführen, und bringt ihn sicher zu Ende.</translation>
    </message>
    <message>
        <source>Release the run&apos;s own lock, then run the same operation again to the end.</source>
        <translation>Die eigene Sperre des Laufs freigeben, dann denselben Vorgang erneut bis zum Ende ausführen.</translation>
    </message>
    <message>
        <source>Only release the run&apos;s own deploy lock.</source>
        <translation>Nur die eigene Deploy-Sperre des Laufs freigeben.</translation>
    </message>
    <message>
        <source>Mark the run as dealt with; change nothing.</source>
        <translation>Den Lauf als erledigt markieren; nichts ändern.</translation>
    </message>
    <message>
        <source>No interrupted run for %1.</source>
        <translation>Kein unterbrochener Lauf für %1.</translation>
    </message>
    <message>
        <source>Interrupted: berth-cli %1 (version %2), started %3.</source>
        <translation>Unterbrochen: berth-cli %1 (Version %2), gestartet %3.</translation>
    </message>
    <message>
        <source>last step: %1 (%2)</source>
        <translation>letzter Schritt: %1 (%2)</translation>
    </message>
    <message>
        <source>stopped during: %1</source>
        <translation>angehalten während: %1</translation>
    </message>
    <message>
        <source>no app container</source>
        <translation>kein App-Container</translation>
    </message>
    <message>
        <source>The deploy lock is still held by this run.</source>
        <translation>Die Deploy-Sperre hält noch dieser Lauf.</translation>
    </message>
    <message>
        <source>No deploy lock is held.</source>
        <translation>Keine Deploy-Sperre gesetzt.</translation>
    </message>
    <message>
        <source>Someone else holds the deploy lock:
%1</source>
        <translation>Jemand anderes hält die Deploy-Sperre:
%1</translation>
    </message>
    <message>
        <source>%1 s.</source>
        <translation>%1 s.</translation>
    </message>
    <message>
        <source>  (Berth only: not in Kamal&apos;s sequence)</source>
        <translation>  (nur Berth: nicht in Kamals Ablauf)</translation>
    </message>
    <message>
        <source>A remote command that prints nothing for this many seconds counts as a lost connection (default 300).</source>
        <translation>Ein entfernter Befehl, der so viele Sekunden nichts ausgibt, gilt als verlorene Verbindung (Standard 300).</translation>
    </message>
    <message>
        <source>berth-cli: --inactivity-timeout needs a whole number of seconds, at least 1.</source>
        <translation>berth-cli: --inactivity-timeout braucht eine ganze Zahl von Sekunden, mindestens 1.</translation>
    </message>
    <message>
        <source>remove, app remove, accessory remove, proxy reboot: go ahead without asking.</source>
        <translation>remove, app remove, accessory remove, proxy reboot: ohne Rückfrage ausführen.</translation>
    </message>
    <message>
        <source>berth-cli %1: this removes or restarts things on the servers (see berth-cli plan %1). Run it again with --yes to go ahead.</source>
        <translation>berth-cli %1: Dies entfernt oder startet Dinge auf den Servern neu (siehe berth-cli plan %1). Führen Sie es mit --yes erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>app exec: only on the hosts of this role.</source>
        <translation>app exec: nur auf den Hosts dieser Rolle.</translation>
    </message>
    <message>
        <source>berth-cli: cannot read %1: %2</source>
        <translation>berth-cli: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>plan: run the plan against servers described in a JSON file instead of listing its steps, and print each host&apos;s commands (docs/simulation.md).</source>
        <translation>plan: den Plan gegen Server ausführen, die eine JSON-Datei beschreibt, statt seine Schritte aufzulisten, und die Befehle jedes Hosts ausgeben (docs/simulation.md).</translation>
    </message>
    <message>
        <source>There is no deploy lock</source>
        <translation>Es gibt keine Deploy-Sperre</translation>
    </message>
    <message>
        <source>logs: this many lines from each server (default 100; 10 when following).</source>
        <translation>logs: so viele Zeilen von jedem Server (Standard 100; 10 beim Verfolgen).</translation>
    </message>
    <message>
        <source>logs: since a time (2026-01-02T13:23:37Z) or for a while (42m).</source>
        <translation>logs: seit einem Zeitpunkt (2026-01-02T13:23:37Z) oder für eine Dauer (42m).</translation>
    </message>
    <message>
        <source>logs: only lines matching this.</source>
        <translation>logs: nur Zeilen, die hierzu passen.</translation>
    </message>
    <message>
        <source>logs: follow on the primary host until Ctrl+C.</source>
        <translation>logs: auf dem primären Host verfolgen, bis Strg+C.</translation>
    </message>
    <message>
        <source>proxy remove: even when other apps on the servers use kamal-proxy.</source>
        <translation>proxy remove: auch wenn andere Apps auf den Servern kamal-proxy nutzen.</translation>
    </message>
    <message>
        <source>setup | deploy | redeploy | rollback VERSION | app boot|stop|start|remove|details|containers|images|logs|maintenance|live | accessory boot|reboot|remove|details|start|stop [NAME|all] | accessory logs NAME | proxy boot|reboot|details|logs|remove | prune | remove | lock acquire|release|status</source>
        <translation>setup | deploy | redeploy | rollback VERSION | app boot|stop|start|remove|details|containers|images|logs|maintenance|live | accessory boot|reboot|remove|details|start|stop [NAME|all] | accessory logs NAME | proxy boot|reboot|details|logs|remove | prune | remove | lock acquire|release|status</translation>
    </message>
    <message>
        <source>berth-cli: say which operation: setup, deploy, redeploy, rollback VERSION, app boot|stop|start|remove|details|containers|images|logs|maintenance|live, accessory boot|reboot|remove|details|start|stop [NAME|all], accessory logs NAME, proxy boot|reboot|details|logs|remove, prune, remove, lock acquire|release|status.</source>
        <translation>berth-cli: Geben Sie den Vorgang an: setup, deploy, redeploy, rollback VERSION, app boot|stop|start|remove|details|containers|images|logs|maintenance|live, accessory boot|reboot|remove|details|start|stop [NAME|all], accessory logs NAME, proxy boot|reboot|details|logs|remove, prune, remove, lock acquire|release|status.</translation>
    </message>
    <message>
        <source>berth-cli: --lines needs a whole number.</source>
        <translation>berth-cli: --lines braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>app exec: only on these hosts (comma separated, hosts of deploy.yml).</source>
        <translation>app exec: nur auf diesen Hosts (durch Kommas getrennt, Hosts aus deploy.yml).</translation>
    </message>
    <message>
        <source>berth-cli: --hosts takes a comma separated list of hosts, for app exec.</source>
        <translation>berth-cli: --hosts erwartet eine durch Kommas getrennte Liste von Hosts, für app exec.</translation>
    </message>
    <message>
        <source>Bring every host to the version kamal-proxy serves now, and release the lock.</source>
        <translation>Jeden Host auf die Version bringen, die kamal-proxy jetzt ausliefert, und die Sperre freigeben.</translation>
    </message>
    <message>
        <source>Bring every host back to the version that was live before the run.</source>
        <translation>Jeden Host auf die Version zurückbringen, die vor dem Lauf live war.</translation>
    </message>
    <message>
        <source>running: %1; kamal-proxy serves: %2</source>
        <translation>läuft: %1; kamal-proxy liefert aus: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 (%2): not possible. %3</source>
        <translation>%1 (%2): nicht möglich. %3</translation>
    </message>
    <message>
        <source>%1 (%2, version %3):</source>
        <translation>%1 (%2, Version %3):</translation>
    </message>
    <message>
        <source>finish on the live version</source>
        <translation>auf der Live-Version abschließen</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>zurückrollen</translation>
    </message>
    <message>
        <source>Live before the run: %1 (%2).</source>
        <translation>Live vor dem Lauf: %1 (%2).</translation>
    </message>
    <message>
        <source>berth-cli recover: choose one of --resume, --finish-live, --rollback and --release-lock.</source>
        <translation>berth-cli recover: Wählen Sie eines von --resume, --finish-live, --rollback und --release-lock.</translation>
    </message>
    <message>
        <source>Choose: --resume (release this run&apos;s lock and run “%1” again to the end), --finish-live, --rollback (as above), --release-lock (only release this run&apos;s lock), or --forget.</source>
        <translation>Wählen Sie: --resume (die Sperre dieses Laufs freigeben und „%1“ erneut bis zum Ende ausführen), --finish-live, --rollback (wie oben), --release-lock (nur die Sperre dieses Laufs freigeben) oder --forget.</translation>
    </message>
    <message>
        <source>berth-cli recover: %1</source>
        <translation>berth-cli recover: %1</translation>
    </message>
</context>
<context>
    <name>BerthCliProjectSecrets</name>
    <message>
        <source>%1: the keychain cannot be read: %2</source>
        <translation>%1: Der Schlüsselbund ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: .kamal/secrets needs this command to run: %2 — approve it on the Secrets page, or pass --allow-commands.</source>
        <translation>%1: .kamal/secrets braucht diesen Befehl: %2 – geben Sie ihn auf der Seite Geheimnisse frei oder übergeben Sie --allow-commands.</translation>
    </message>
</context>
<context>
    <name>BerthCliReleases</name>
    <message>
        <source>Shows the versions the servers keep per role, and which one is live.</source>
        <translation>Zeigt die Versionen, die die Server je Rolle behalten, und welche live ist.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The configuration cannot be read.</source>
        <translation>Die Konfiguration kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Role %1 (%2)</source>
        <translation>Rolle %1 (%2)</translation>
    </message>
    <message>
        <source>no version on the servers</source>
        <translation>keine Version auf den Servern</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>live on %1</source>
        <translation>live auf %1</translation>
    </message>
    <message>
        <source>kept on %1 of %2 hosts</source>
        <translation>auf %1 von %2 Hosts behalten</translation>
    </message>
    <message>
        <source>berth-cli: cannot read %1</source>
        <translation>berth-cli: %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>BerthCliSecrets</name>
    <message>
        <source>Value for %1 (not shown): </source>
        <translation>Wert für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>literal</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <source>variables substituted</source>
        <translation>Variablen ersetzt</translation>
    </message>
    <message>
        <source>command output</source>
        <translation>Befehlsausgabe</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The project environment in the OS keychain, and .kamal/secrets as Kamal resolves it. Values are read from standard input, never from arguments.</source>
        <translation>Die Projektumgebung im Schlüsselbund des Systems und .kamal/secrets, wie Kamal es auflöst. Werte werden von der Standardeingabe gelesen, nie aus Argumenten.</translation>
    </message>
    <message>
        <source>set, import: store as a plain (not secret) value, shown and not redacted.</source>
        <translation>set, import: als einfachen (nicht geheimen) Wert speichern, angezeigt und nicht geschwärzt.</translation>
    </message>
    <message>
        <source>resolve: run every $(…) command in the secrets files, approved or not.</source>
        <translation>resolve: jeden $(…)-Befehl der Secrets-Dateien ausführen, ob freigegeben oder nicht.</translation>
    </message>
    <message>
        <source>resolve: print the values.</source>
        <translation>resolve: die Werte ausgeben.</translation>
    </message>
    <message>
        <source>berth-cli secrets %1: wrong number of arguments (berth-cli secrets --help)</source>
        <translation>berth-cli secrets %1: falsche Anzahl von Argumenten (berth-cli secrets --help)</translation>
    </message>
    <message>
        <source>berth-cli secrets: there is no destination “%1” (no config/deploy.%1.yml).</source>
        <translation>berth-cli secrets: Es gibt kein Ziel „%1“ (keine config/deploy.%1.yml).</translation>
    </message>
    <message>
        <source>No variables in the project environment for %1.</source>
        <translation>Keine Variablen in der Projektumgebung für %1.</translation>
    </message>
    <message>
        <source>the default destination</source>
        <translation>das Standardziel</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>einfach</translation>
    </message>
    <message>
        <source>berth-cli secrets set: “%1” is not a variable name Kamal can use.</source>
        <translation>berth-cli secrets set: „%1“ ist kein Variablenname, den Kamal verwenden kann.</translation>
    </message>
    <message>
        <source>berth-cli secrets set: no value on standard input (e.g. printf %s &quot;$VALUE&quot; | berth-cli secrets set %1).</source>
        <translation>berth-cli secrets set: kein Wert auf der Standardeingabe (z. B. printf %s &quot;$VALUE&quot; | berth-cli secrets set %1).</translation>
    </message>
    <message>
        <source>Set %1 (%2).</source>
        <translation>%1 gesetzt (%2).</translation>
    </message>
    <message>
        <source>berth-cli secrets unset: %1 is not in the project environment.</source>
        <translation>berth-cli secrets unset: %1 ist nicht in der Projektumgebung.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Imported %1 (replaced)</source>
        <translation>%1 importiert (ersetzt)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Skipped %1 (line %2): %3</source>
        <translation>%1 übersprungen (Zeile %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) imported, %1 skipped. %2 was not changed.</source>
        <translation>
            <numerusform>%n Wert importiert, %1 übersprungen. %2 wurde nicht verändert.</numerusform>
            <numerusform>%n Werte importiert, %1 übersprungen. %2 wurde nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 is in the project environment but not in the keychain; resolving without it.</source>
        <translation>Warnung: %1 steht in der Projektumgebung, aber nicht im Schlüsselbund; es wird ohne den Wert aufgelöst.</translation>
    </message>
    <message>
        <source>from %1:%2 (%3)</source>
        <translation>aus %1:%2 (%3)</translation>
    </message>
    <message>
        <source>a command failed (see above)</source>
        <translation>ein Befehl ist fehlgeschlagen (siehe oben)</translation>
    </message>
    <message>
        <source>needs approval to run: %1</source>
        <translation>braucht eine Freigabe zum Ausführen: %1</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>%1	not resolved (%2:%3): %4</source>
        <translation>%1	nicht aufgelöst (%2:%3): %4</translation>
    </message>
    <message>
        <source>Approve these commands in Berth&apos;s Secrets page, or run again with --allow-commands to run them once.</source>
        <translation>Geben Sie diese Befehle auf der Seite Geheimnisse in Berth frei, oder starten Sie erneut mit --allow-commands, um sie einmal auszuführen.</translation>
    </message>
    <message>
        <source>warning: %1 is in the project environment but not in the keychain; running without it.</source>
        <translation>Warnung: %1 steht in der Projektumgebung, aber nicht im Schlüsselbund; der Befehl läuft ohne.</translation>
    </message>
    <message>
        <source>berth-cli secrets exec: “%1” was not found; check the name or PATH.</source>
        <translation>berth-cli secrets exec: „%1“ wurde nicht gefunden; prüfen Sie den Namen oder PATH.</translation>
    </message>
    <message>
        <source>berth-cli secrets exec: could not start “%1”: %2</source>
        <translation>berth-cli secrets exec: „%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>berth-cli secrets exec: “%1” ended abnormally.</source>
        <translation>berth-cli secrets exec: „%1“ wurde abnormal beendet.</translation>
    </message>
    <message>
        <source>list | get NAME | set NAME | unset NAME (rm) | import FILE (import-env) | resolve | exec -- COMMAND [ARGUMENTS…]</source>
        <translation>list | get NAME | set NAME | unset NAME (rm) | import DATEI (import-env) | resolve | exec -- BEFEHL [ARGUMENTE…]</translation>
    </message>
    <message>
        <source>berth-cli secrets: unknown subcommand “%1”; use list, get, set, unset, import, resolve or exec.</source>
        <translation>berth-cli secrets: unbekannter Unterbefehl „%1“; verwenden Sie list, get, set, unset, import, resolve oder exec.</translation>
    </message>
    <message>
        <source>berth-cli secrets get: %1 is not in the project environment.</source>
        <translation>berth-cli secrets get: %1 steht nicht in der Projektumgebung.</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>Berth cannot read %1: %2</source>
        <translation>Berth kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; Berth shows it but will not edit it, so no byte of it is lost.</source>
        <translation>%1 ist kein gültiges UTF-8; Berth zeigt die Datei an, bearbeitet sie aber nicht, damit kein Byte verloren geht.</translation>
    </message>
</context>
<context>
    <name>ConfigSession</name>
    <message>
        <source>%1 is not UTF-8; Berth does not edit it.</source>
        <translation>%1 ist kein UTF-8; Berth bearbeitet die Datei nicht.</translation>
    </message>
    <message>
        <source>The configuration cannot be read; fix it in the YAML view first.</source>
        <translation>Die Konfiguration lässt sich nicht lesen; beheben Sie das zuerst in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>%1 changed on disk since Berth read it. Reload it (your unsaved edits are lost) or save elsewhere first.</source>
        <translation>%1 wurde auf der Festplatte geändert, seit Berth die Datei gelesen hat. Laden Sie sie neu (Ihre ungespeicherten Änderungen gehen verloren) oder speichern Sie zuerst anderswo.</translation>
    </message>
    <message>
        <source>%1 is not part of this configuration.</source>
        <translation>%1 gehört nicht zu dieser Konfiguration.</translation>
    </message>
</context>
<context>
    <name>Erb</name>
    <message>
        <source>it runs a shell command</source>
        <translation>es führt einen Shell-Befehl aus</translation>
    </message>
    <message>
        <source>it reads a file</source>
        <translation>es liest eine Datei</translation>
    </message>
    <message>
        <source>it defines a Ruby method</source>
        <translation>es definiert eine Ruby-Methode</translation>
    </message>
    <message>
        <source>it repeats text in a Ruby loop</source>
        <translation>es wiederholt Text in einer Ruby-Schleife</translation>
    </message>
    <message>
        <source>it depends on a condition Berth cannot evaluate</source>
        <translation>es hängt von einer Bedingung ab, die Berth nicht auswerten kann</translation>
    </message>
    <message>
        <source>it sets Ruby variables for later tags</source>
        <translation>es setzt Ruby-Variablen für spätere Tags</translation>
    </message>
    <message>
        <source>it uses “%1”, which only Ruby can evaluate</source>
        <translation>es verwendet „%1“, das nur Ruby auswerten kann</translation>
    </message>
    <message>
        <source>it loads a .env file, which Berth cannot read here</source>
        <translation>es lädt eine .env-Datei, die Berth hier nicht lesen kann</translation>
    </message>
    <message>
        <source>it loads the Ruby library “%1”</source>
        <translation>es lädt die Ruby-Bibliothek „%1“</translation>
    </message>
    <message>
        <source>it uses Ruby that Berth does not evaluate</source>
        <translation>es verwendet Ruby, das Berth nicht auswertet</translation>
    </message>
    <message>
        <source>Computed by Ruby: %1. Berth keeps the text up to its “end” as written, which may differ from what Kamal renders.</source>
        <translation>Von Ruby berechnet: %1. Berth behält den Text bis zum zugehörigen „end“ so bei, wie er geschrieben ist; das kann von Kamals Ausgabe abweichen.</translation>
    </message>
    <message>
        <source>Computed by Ruby: %1. Berth keeps the template as written.</source>
        <translation>Von Ruby berechnet: %1. Berth behält die Vorlage so bei, wie sie geschrieben ist.</translation>
    </message>
    <message>
        <source>Kamal evaluates this tag when it runs; Berth shows and saves it unchanged.</source>
        <translation>Kamal wertet dieses Tag bei der Ausführung aus; Berth zeigt und speichert es unverändert.</translation>
    </message>
    <message>
        <source>Set %1 in the project&apos;s environment or in the shell that runs Kamal: ENV.fetch stops Kamal when it is missing.</source>
        <translation>Setzen Sie %1 in der Umgebung des Projekts oder in der Shell, die Kamal ausführt: ENV.fetch bricht Kamal ab, wenn die Variable fehlt.</translation>
    </message>
    <message>
        <source>Ruby raises NoMethodError here, and Kamal stops.</source>
        <translation>Ruby löst hier einen NoMethodError aus, und Kamal bricht ab.</translation>
    </message>
    <message>
        <source>%1 is not set, so ENV[&quot;%1&quot;] is nil. Set it, or give it a default with ENV.fetch(&quot;%1&quot;, &quot;…&quot;).</source>
        <translation>%1 ist nicht gesetzt, daher ist ENV[&quot;%1&quot;] nil. Setzen Sie die Variable oder geben Sie mit ENV.fetch(&quot;%1&quot;, &quot;…&quot;) einen Standardwert an.</translation>
    </message>
    <message>
        <source>ERB tag not closed: “%1” has no matching “%&gt;”.</source>
        <translation>ERB-Tag nicht geschlossen: Zu „%1“ fehlt das passende „%&gt;“.</translation>
    </message>
    <message>
        <source>Add “%&gt;” where the Ruby code ends. Ruby would print the rest of the file as plain text.</source>
        <translation>Fügen Sie „%&gt;“ dort ein, wo der Ruby-Code endet. Ruby würde den Rest der Datei als reinen Text ausgeben.</translation>
    </message>
    <message>
        <source>it has no matching “end”</source>
        <translation>es fehlt das passende „end“</translation>
    </message>
    <message>
        <source>its branches are not in Ruby&apos;s order</source>
        <translation>seine Zweige stehen nicht in der Reihenfolge, die Ruby erwartet</translation>
    </message>
    <message>
        <source>it contains Ruby that Berth does not evaluate</source>
        <translation>es enthält Ruby, das Berth nicht auswertet</translation>
    </message>
    <message>
        <source>Computed by Ruby: Berth cannot render this “%1” block exactly (%2), so it keeps the text of every branch as written.</source>
        <translation>Von Ruby berechnet: Berth kann diesen „%1“-Block nicht exakt darstellen (%2) und behält den Text aller Zweige so bei, wie er geschrieben ist.</translation>
    </message>
    <message>
        <source>Computed by Ruby: “%1” belongs to no block Berth knows of. Berth keeps the template as written.</source>
        <translation>Von Ruby berechnet: „%1“ gehört zu keinem Block, den Berth kennt. Berth behält die Vorlage so bei, wie sie geschrieben ist.</translation>
    </message>
</context>
<context>
    <name>ExecDialog</name>
    <message>
        <source>Run a Command</source>
        <translation>Einen Befehl ausführen</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Where to run the command</source>
        <translation>Wo der Befehl läuft</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>for example: bin/rails db:migrate:status</source>
        <translation>zum Beispiel: bin/rails db:migrate:status</translation>
    </message>
    <message>
        <source>In the running &amp;container (--reuse)</source>
        <translation>Im laufenden &amp;Container (--reuse)</translation>
    </message>
    <message>
        <source>Runs the command in the container that is running now (docker exec) rather than in a new container of the image</source>
        <translation>Führt den Befehl im gerade laufenden Container aus (docker exec) statt in einem neuen Container des Images</translation>
    </message>
    <message>
        <source>&amp;Interactive (opens a terminal)</source>
        <translation>&amp;Interaktiv (öffnet ein Terminal)</translation>
    </message>
    <message>
        <source>Opens your terminal with an ssh session on the first host, for a shell or a console</source>
        <translation>Öffnet Ihr Terminal mit einer ssh-Sitzung auf dem ersten Host, für eine Shell oder eine Konsole</translation>
    </message>
    <message>
        <source>Where and how the command runs</source>
        <translation>Wo und wie der Befehl läuft</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hosts:</translation>
    </message>
    <message>
        <source>Hosts to run the command on</source>
        <translation>Hosts, auf denen der Befehl läuft</translation>
    </message>
    <message>
        <source>Only the checked hosts (--hosts); Space checks or unchecks the selected one</source>
        <translation>Nur die angehakten Hosts (--hosts); die Leertaste hakt den gewählten an oder ab</translation>
    </message>
</context>
<context>
    <name>HealthCheckExplainer</name>
    <message>
        <source>kamal-proxy did not switch to it; requests still go where they went before.</source>
        <translation>kamal-proxy hat nicht auf ihn umgeschaltet; Anfragen gehen weiter dorthin, wohin sie vorher gingen.</translation>
    </message>
    <message>
        <source>(the container printed nothing)</source>
        <translation>(der Container hat nichts ausgegeben)</translation>
    </message>
    <message>
        <source>The new container %1 stopped (exit code %2) before it passed the health check.</source>
        <translation>Der neue Container %1 hat sich beendet (Exit-Code %2), bevor er den Health-Check bestand.</translation>
    </message>
    <message>
        <source>Its last lines below say why: often a missing environment variable or secret, or a database it cannot reach.</source>
        <translation>Seine letzten Zeilen unten sagen warum: oft eine fehlende Umgebungsvariable oder ein fehlendes Secret, oder eine Datenbank, die er nicht erreicht.</translation>
    </message>
    <message>
        <source>kamal-proxy: GET %1 → %2</source>
        <translation>kamal-proxy: GET %1 → %2</translation>
    </message>
    <message>
        <source>Docker&apos;s health check of the new container %1 reports it unhealthy.</source>
        <translation>Dockers Health-Check meldet den neuen Container %1 als ungesund.</translation>
    </message>
    <message>
        <source>Check the HEALTHCHECK of the image; the container&apos;s last lines below may say why.</source>
        <translation>Den HEALTHCHECK des Images prüfen; die letzten Zeilen des Containers unten sagen vielleicht warum.</translation>
    </message>
    <message>
        <source>The new container %1 was not ready within the deploy timeout (%2 s).</source>
        <translation>Der neue Container %1 war innerhalb des Deploy-Timeouts (%2 s) nicht bereit.</translation>
    </message>
    <message>
        <source>If the app needs longer to start, raise deploy_timeout or readiness_delay in deploy.yml.</source>
        <translation>Braucht die App länger zum Starten, deploy_timeout oder readiness_delay in deploy.yml erhöhen.</translation>
    </message>
    <message>
        <source>The health check path %1 answers with a redirect.</source>
        <translation>Der Health-Check-Pfad %1 antwortet mit einer Weiterleitung.</translation>
    </message>
    <message>
        <source>The health check path %1 redirects to %2.</source>
        <translation>Der Health-Check-Pfad %1 leitet nach %2 weiter.</translation>
    </message>
    <message>
        <source>The health check does not follow redirects to https: exempt %1 from the app&apos;s https redirect (Rails: ssl_options redirect exclude), or set proxy.healthcheck.path to a path that answers 200 directly.</source>
        <translation>Der Health-Check folgt keinen Weiterleitungen auf https: %1 von der https-Weiterleitung der App ausnehmen (Rails: ssl_options redirect exclude) oder proxy.healthcheck.path auf einen Pfad setzen, der direkt 200 antwortet.</translation>
    </message>
    <message>
        <source>Nothing answered on port %1 inside the new container.</source>
        <translation>Auf Port %1 im neuen Container hat nichts geantwortet.</translation>
    </message>
    <message>
        <source>Set proxy.app_port in deploy.yml to the port your app listens on (it is %1 now), and make the app listen on 0.0.0.0 rather than 127.0.0.1.</source>
        <translation>proxy.app_port in deploy.yml auf den Port setzen, auf dem die App lauscht (jetzt %1), und die App auf 0.0.0.0 statt 127.0.0.1 lauschen lassen.</translation>
    </message>
    <message>
        <source>The health check path %1 answers 404 Not Found.</source>
        <translation>Der Health-Check-Pfad %1 antwortet 404 Not Found.</translation>
    </message>
    <message>
        <source>Add a route at %1 that answers 200 once the app is up (Rails 7.1 and later have /up), or set proxy.healthcheck.path in deploy.yml to one that does.</source>
        <translation>Eine Route unter %1 anlegen, die 200 antwortet, sobald die App läuft (Rails ab 7.1 hat /up), oder proxy.healthcheck.path in deploy.yml auf eine solche setzen.</translation>
    </message>
    <message>
        <source>The health check path %1 answers %2: the app runs but reports an error.</source>
        <translation>Der Health-Check-Pfad %1 antwortet %2: die App läuft, meldet aber einen Fehler.</translation>
    </message>
    <message>
        <source>The container&apos;s last lines below usually say why (a database, cache or secret it cannot reach).</source>
        <translation>Die letzten Zeilen des Containers unten sagen meist warum (eine Datenbank, ein Cache oder ein Secret, die er nicht erreicht).</translation>
    </message>
    <message>
        <source>The app did not answer %1 within the health check&apos;s timeout.</source>
        <translation>Die App hat %1 nicht innerhalb des Health-Check-Timeouts beantwortet.</translation>
    </message>
    <message>
        <source>If it is slow to start or to answer, raise proxy.healthcheck.timeout or deploy_timeout (%1 s now).</source>
        <translation>Startet oder antwortet sie langsam, proxy.healthcheck.timeout oder deploy_timeout (jetzt %1 s) erhöhen.</translation>
    </message>
    <message>
        <source>The new container did not pass the health check at %1.</source>
        <translation>Der neue Container hat den Health-Check unter %1 nicht bestanden.</translation>
    </message>
    <message>
        <source>kamal-proxy&apos;s and the container&apos;s last lines are below.</source>
        <translation>Die letzten Zeilen von kamal-proxy und vom Container stehen unten.</translation>
    </message>
    <message>
        <source>The new container was not healthy within the deploy timeout (%1 s).</source>
        <translation>Der neue Container war innerhalb des Deploy-Timeouts (%1 s) nicht gesund.</translation>
    </message>
    <message>
        <source>If the app needs longer to start, raise deploy_timeout in deploy.yml.</source>
        <translation>Braucht die App länger zum Starten, deploy_timeout in deploy.yml erhöhen.</translation>
    </message>
    <message>
        <source>The new container %1 did not go live.</source>
        <translation>Der neue Container %1 ist nicht live gegangen.</translation>
    </message>
    <message>
        <source>The container&apos;s last lines are below.</source>
        <translation>Die letzten Zeilen des Containers stehen unten.</translation>
    </message>
</context>
<context>
    <name>HostConnector</name>
    <message>
        <source>The key of %1 changed since it was trusted (%2 %3): someone may be intercepting the connection. If the server was rebuilt, remove its old line with: ssh-keygen -R %1</source>
        <translation>Der Schlüssel von %1 hat sich geändert, seit ihm vertraut wurde (%2 %3): Jemand könnte die Verbindung abfangen. Wurde der Server neu aufgesetzt, entfernen Sie die alte Zeile mit: ssh-keygen -R %1</translation>
    </message>
    <message>
        <source>%1 is not in known_hosts yet; its key is %2 %3. Check the fingerprint, then accept it.</source>
        <translation>%1 steht noch nicht in known_hosts; sein Schlüssel ist %2 %3. Prüfen Sie den Fingerabdruck und akzeptieren Sie ihn dann.</translation>
    </message>
</context>
<context>
    <name>KamalConfig</name>
    <message>
        <source>The configuration is not a YAML mapping, so Berth cannot read it.</source>
        <translation>Die Konfiguration ist keine YAML-Zuordnung, daher kann Berth sie nicht lesen.</translation>
    </message>
    <message>
        <source>The configuration does not set “service”.</source>
        <translation>Die Konfiguration setzt „service“ nicht.</translation>
    </message>
    <message>
        <source>The secret %1 is not set.</source>
        <translation>Das Geheimnis %1 ist nicht gesetzt.</translation>
    </message>
</context>
<context>
    <name>KamalLint</name>
    <message>
        <source>Kamal 2 replaced Traefik with kamal-proxy. Remove the `traefik` section and set up routing under `proxy:` (host, ssl, app_port); Traefik args and labels have no effect.</source>
        <translation>Kamal 2 hat Traefik durch kamal-proxy ersetzt. Entfernen Sie den Abschnitt `traefik` und richten Sie das Routing unter `proxy:` ein (host, ssl, app_port); Traefik-Argumente und -Labels bleiben wirkungslos.</translation>
    </message>
    <message>
        <source>Write `proxy: true` (or a `proxy:` section) on the role instead.</source>
        <translation>Schreiben Sie stattdessen `proxy: true` (oder einen Abschnitt `proxy:`) an die Rolle.</translation>
    </message>
    <message>
        <source>Kamal 2 health checks belong to the proxy: move `path` and `interval` to `proxy: healthcheck:` and a `port` to `proxy: app_port:`. Roles without the proxy use the image&apos;s Docker HEALTHCHECK instead.</source>
        <translation>In Kamal 2 gehören Gesundheitsprüfungen zum Proxy: Verschieben Sie `path` und `interval` nach `proxy: healthcheck:` und einen `port` nach `proxy: app_port:`. Rollen ohne Proxy verwenden stattdessen den Docker-HEALTHCHECK des Images.</translation>
    </message>
    <message>
        <source>Kamal 2 calls this `drain_timeout` (or `stop_timeout` for `docker stop`).</source>
        <translation>In Kamal 2 heißt das `drain_timeout` (oder `stop_timeout` für `docker stop`).</translation>
    </message>
    <message>
        <source>Kamal 2 calls this `primary_role`.</source>
        <translation>In Kamal 2 heißt das `primary_role`.</translation>
    </message>
    <message>
        <source>List the architectures instead: `arch: amd64` or `arch: [amd64, arm64]`.</source>
        <translation>Geben Sie stattdessen die Architekturen an: `arch: amd64` oder `arch: [amd64, arm64]`.</translation>
    </message>
    <message>
        <source>The configuration is empty or not a map of keys to values.</source>
        <translation>Die Konfiguration ist leer oder keine Zuordnung von Schlüsseln zu Werten.</translation>
    </message>
    <message>
        <source>Start with `service:`, `image:`, `servers:` and `registry:`.</source>
        <translation>Beginnen Sie mit `service:`, `image:`, `servers:` und `registry:`.</translation>
    </message>
    <message>
        <source>YAML reads a bare `no` as false: write `restart: &quot;no&quot;`.</source>
        <translation>YAML liest ein nacktes `no` als false: Schreiben Sie `restart: &quot;no&quot;`.</translation>
    </message>
    <message>
        <source>Kamal 2 needs `builder: arch:`, e.g. `arch: amd64` for most servers.</source>
        <translation>Kamal 2 braucht `builder: arch:`, z. B. `arch: amd64` für die meisten Server.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt issues certificates for names: add `host: app.example.com` (a name that resolves to the server).</source>
        <translation>Let’s Encrypt stellt Zertifikate für Namen aus: Fügen Sie `host: app.example.com` hinzu (ein Name, der auf den Server zeigt).</translation>
    </message>
    <message>
        <source>This configuration sets `require_destination: true`: pick a destination (deploy.&lt;destination&gt;.yml).</source>
        <translation>Diese Konfiguration setzt `require_destination: true`: Wählen Sie ein Ziel (deploy.&lt;Ziel&gt;.yml).</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt needs one server per host name: put a load balancer in front, or give `ssl:` a certificate_pem and private_key_pem.</source>
        <translation>Let’s Encrypt braucht einen Server je Hostnamen: Schalten Sie einen Load Balancer davor oder geben Sie `ssl:` ein certificate_pem und private_key_pem.</translation>
    </message>
    <message>
        <source>accessories/%1: `tag` selects hosts from roles, but `servers` has no roles; Kamal 2.12 fails on this configuration (NoMethodError).</source>
        <translation>accessories/%1: `tag` wählt Hosts aus Rollen, aber `servers` hat keine Rollen; Kamal 2.12 scheitert an dieser Konfiguration (NoMethodError).</translation>
    </message>
    <message>
        <source>Name the hosts with `host:`/`hosts:`, or group `servers` by role and tag hosts there.</source>
        <translation>Nennen Sie die Hosts mit `host:`/`hosts:` oder gliedern Sie `servers` nach Rollen und versehen Sie die Hosts dort mit Tags.</translation>
    </message>
    <message>
        <source>`%1` is Kamal 1 configuration; Kamal 2 rejects it as an unknown key.</source>
        <translation>`%1` ist Kamal-1-Konfiguration; Kamal 2 lehnt es als unbekannten Schlüssel ab.</translation>
    </message>
    <message>
        <source>`builder: remote:` with `arch`/`host` inside is Kamal 1 syntax; Kamal 2 expects a connection string.</source>
        <translation>`builder: remote:` mit `arch`/`host` darin ist Kamal-1-Syntax; Kamal 2 erwartet eine Verbindungszeichenkette.</translation>
    </message>
    <message>
        <source>Write `remote: ssh://user@builder-host` and list the architectures in `builder: arch:`.</source>
        <translation>Schreiben Sie `remote: ssh://user@builder-host` und geben Sie die Architekturen in `builder: arch:` an.</translation>
    </message>
    <message>
        <source>`builder: local:` with `arch`/`host` inside is Kamal 1 syntax; in Kamal 2 `local` is true or false.</source>
        <translation>`builder: local:` mit `arch`/`host` darin ist Kamal-1-Syntax; in Kamal 2 ist `local` true oder false.</translation>
    </message>
    <message>
        <source>List the architectures in `builder: arch:` and drop `local` (or set `local: false` to always build remotely).</source>
        <translation>Geben Sie die Architekturen in `builder: arch:` an und lassen Sie `local` weg (oder setzen Sie `local: false`, um immer entfernt zu bauen).</translation>
    </message>
    <message>
        <source>The Traefik label `%1` has no effect: Kamal 2 routes with kamal-proxy.</source>
        <translation>Das Traefik-Label `%1` bleibt wirkungslos: Kamal 2 leitet mit kamal-proxy weiter.</translation>
    </message>
    <message>
        <source>Remove it and route with `proxy: host:` / `proxy: path_prefix:`.</source>
        <translation>Entfernen Sie es und leiten Sie mit `proxy: host:` / `proxy: path_prefix:` weiter.</translation>
    </message>
    <message>
        <source>%1 publishes port %2 on every network interface of its host.</source>
        <translation>%1 veröffentlicht Port %2 auf jeder Netzwerkschnittstelle seines Hosts.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot; to reach it only from the host (the app reaches it over the kamal network anyway). Docker&apos;s published ports bypass firewalls such as UFW.</source>
        <translation>Schreiben Sie &quot;%1&quot;, damit er nur vom Host aus erreichbar ist (die App erreicht ihn ohnehin über das kamal-Netzwerk). Von Docker veröffentlichte Ports umgehen Firewalls wie UFW.</translation>
    </message>
    <message>
        <source>SSL is on but no host name is set.</source>
        <translation>SSL ist eingeschaltet, aber kein Hostname gesetzt.</translation>
    </message>
    <message>
        <source>Add `host: app.example.com` next to `ssl:` — Let&apos;s Encrypt issues certificates for a name that points at the server, not for an IP.</source>
        <translation>Fügen Sie `host: app.example.com` neben `ssl:` hinzu — Let’s Encrypt stellt Zertifikate für einen Namen aus, der auf den Server zeigt, nicht für eine IP.</translation>
    </message>
    <message>
        <source>%1 looks like a secret but its value is written in clear.</source>
        <translation>%1 sieht wie ein Geheimnis aus, aber sein Wert steht im Klartext da.</translation>
    </message>
    <message>
        <source>List %1 under `env: secret:` and put the value in .kamal/secrets; clear values end up in the repository and in `docker inspect`.</source>
        <translation>Führen Sie %1 unter `env: secret:` auf und legen Sie den Wert in .kamal/secrets ab; Klartextwerte landen im Repository und in `docker inspect`.</translation>
    </message>
    <message>
        <source>The health check path &quot;%1&quot; does not start with &apos;/&apos;.</source>
        <translation>Der Pfad der Gesundheitsprüfung &quot;%1&quot; beginnt nicht mit &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Write &quot;/%1&quot;: kamal-proxy requests the path as written, and without the &apos;/&apos; the check fails and the deploy times out.</source>
        <translation>Schreiben Sie &quot;/%1&quot;: kamal-proxy fragt den Pfad so ab, wie er geschrieben ist; ohne &apos;/&apos; schlägt die Prüfung fehl und die Auslieferung läuft in eine Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>`%1` is set twice in the same map (first on line %2); only this last value counts.</source>
        <translation>`%1` ist in derselben Zuordnung zweimal gesetzt (zuerst in Zeile %2); nur dieser letzte Wert zählt.</translation>
    </message>
    <message>
        <source>Remove one of the two `%1` entries, or merge them into one; YAML silently ignores the earlier value.</source>
        <translation>Entfernen Sie einen der beiden `%1`-Einträge oder fassen Sie sie zusammen; YAML ignoriert den früheren Wert stillschweigend.</translation>
    </message>
</context>
<context>
    <name>KamalPlan</name>
    <message>
        <source>Build and push the image</source>
        <translation>Image bauen und hochladen</translation>
    </message>
    <message>
        <source>Log in to the registry</source>
        <translation>Bei der Registry anmelden</translation>
    </message>
    <message>
        <source>Pull the image</source>
        <translation>Image herunterladen</translation>
    </message>
    <message>
        <source>Prepare the run directory</source>
        <translation>Arbeitsverzeichnis vorbereiten</translation>
    </message>
    <message>
        <source>Acquire the deploy lock</source>
        <translation>Deploy-Sperre setzen</translation>
    </message>
    <message>
        <source>Release the deploy lock</source>
        <translation>Deploy-Sperre freigeben</translation>
    </message>
    <message>
        <source>Create the Docker network</source>
        <translation>Docker-Netzwerk anlegen</translation>
    </message>
    <message>
        <source>Start kamal-proxy</source>
        <translation>kamal-proxy starten</translation>
    </message>
    <message>
        <source>Stop stale containers</source>
        <translation>Veraltete Container stoppen</translation>
    </message>
    <message>
        <source>Boot version %1</source>
        <translation>Version %1 starten</translation>
    </message>
    <message>
        <source>Wait before the next hosts</source>
        <translation>Vor den nächsten Hosts warten</translation>
    </message>
    <message>
        <source>Tag the latest image</source>
        <translation>Neuestes Image markieren</translation>
    </message>
    <message>
        <source>Remove old containers</source>
        <translation>Alte Container entfernen</translation>
    </message>
    <message>
        <source>Remove unused images</source>
        <translation>Ungenutzte Images entfernen</translation>
    </message>
    <message>
        <source>Boot accessory %1</source>
        <translation>Zusatzdienst %1 starten</translation>
    </message>
    <message>
        <source>Check that version %1 is available</source>
        <translation>Prüfen, ob Version %1 verfügbar ist</translation>
    </message>
    <message>
        <source>Stop the app</source>
        <translation>App stoppen</translation>
    </message>
    <message>
        <source>Start the app</source>
        <translation>App starten</translation>
    </message>
    <message>
        <source>Run “%1”</source>
        <translation>„%1“ ausführen</translation>
    </message>
    <message>
        <source>deploy.yml has no accessory “%1”.</source>
        <translation>deploy.yml hat keinen Zusatzdienst „%1“.</translation>
    </message>
    <message>
        <source>Check that Docker is installed</source>
        <translation>Prüfen, ob Docker installiert ist</translation>
    </message>
    <message>
        <source>Remove the app</source>
        <translation>Die App entfernen</translation>
    </message>
    <message>
        <source>Remove accessory %1</source>
        <translation>Zubehör %1 entfernen</translation>
    </message>
    <message>
        <source>Stop accessory %1</source>
        <translation>Zubehör %1 anhalten</translation>
    </message>
    <message>
        <source>Restart kamal-proxy</source>
        <translation>kamal-proxy neu starten</translation>
    </message>
    <message>
        <source>Remove kamal-proxy</source>
        <translation>kamal-proxy entfernen</translation>
    </message>
    <message>
        <source>Log out of the registry</source>
        <translation>Von der Registry abmelden</translation>
    </message>
    <message>
        <source>Show the app&apos;s containers</source>
        <translation>Die Container der App anzeigen</translation>
    </message>
    <message>
        <source>List the app&apos;s containers</source>
        <translation>Die Container der App auflisten</translation>
    </message>
    <message>
        <source>List the app&apos;s images</source>
        <translation>Die Images der App auflisten</translation>
    </message>
    <message>
        <source>Follow the app&apos;s logs</source>
        <translation>Die Logs der App verfolgen</translation>
    </message>
    <message>
        <source>Show the app&apos;s logs</source>
        <translation>Die Logs der App anzeigen</translation>
    </message>
    <message>
        <source>Put the app in maintenance mode</source>
        <translation>Die App in den Wartungsmodus versetzen</translation>
    </message>
    <message>
        <source>Put the app live again</source>
        <translation>Die App wieder live schalten</translation>
    </message>
    <message>
        <source>Show accessory %1</source>
        <translation>Zusatzdienst %1 anzeigen</translation>
    </message>
    <message>
        <source>Show the logs of accessory %1</source>
        <translation>Die Logs von Zusatzdienst %1 anzeigen</translation>
    </message>
    <message>
        <source>Start accessory %1</source>
        <translation>Zusatzdienst %1 starten</translation>
    </message>
    <message>
        <source>Show kamal-proxy</source>
        <translation>kamal-proxy anzeigen</translation>
    </message>
    <message>
        <source>Show kamal-proxy&apos;s logs</source>
        <translation>Die Logs von kamal-proxy anzeigen</translation>
    </message>
    <message>
        <source>Read the deploy lock</source>
        <translation>Die Deploy-Sperre lesen</translation>
    </message>
    <message>
        <source>Release the interrupted run&apos;s deploy lock</source>
        <translation>Deploy-Sperre des unterbrochenen Laufs freigeben</translation>
    </message>
</context>
<context>
    <name>KamalSimulation</name>
    <message>
        <source>The simulated state is not a JSON object: %1</source>
        <translation>Der simulierte Zustand ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>ein anderer Wert</translation>
    </message>
    <message>
        <source>A container of %1 has no name.</source>
        <translation>Ein Container von %1 hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>KeyPassphrases</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The private key “%1” is protected by a passphrase, and none was given.</source>
        <translation>Der private Schlüssel „%1“ ist durch eine Passphrase geschützt, aber es wurde keine angegeben.</translation>
    </message>
    <message>
        <source>The passphrase for the private key “%1” was wrong %2 times. Check it with “ssh-keygen -y -f %1”, then connect again.</source>
        <translation>Die Passphrase für den privaten Schlüssel „%1“ war %2-mal falsch. Prüfen Sie sie mit „ssh-keygen -y -f %1“ und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>No keychain.</source>
        <translation>Kein Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>NetworkInfo</name>
    <message>
        <source>no TLS backend</source>
        <translation>kein TLS-Backend</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>%1 is not a git repository with a commit, so Berth cannot name the version the way Kamal does. Commit your work, or give a version (--version).</source>
        <translation>%1 ist kein git-Repository mit einem Commit, daher kann Berth die Version nicht wie Kamal benennen. Committen Sie Ihre Arbeit oder geben Sie eine Version an (--version).</translation>
    </message>
    <message>
        <source>Kamal would refuse this configuration: %1</source>
        <translation>Kamal würde diese Konfiguration ablehnen: %1</translation>
    </message>
    <message>
        <source>The configuration cannot be read.</source>
        <translation>Die Konfiguration ist nicht lesbar.</translation>
    </message>
    <message>
        <source>%1 line %2 computes a value with Ruby code Berth does not run (%3). Replace it with a variable (ENV[&quot;NAME&quot;], set on the Secrets page), or run this with the kamal command.</source>
        <translation>%1 Zeile %2 berechnet einen Wert mit Ruby-Code, den Berth nicht ausführt (%3). Ersetzen Sie ihn durch eine Variable (ENV[&quot;NAME&quot;], auf der Seite Geheimnisse gesetzt), oder führen Sie dies mit dem Befehl kamal aus.</translation>
    </message>
    <message>
        <source>The accessory “%1” uploads %2, an ERB template; Berth does not render those yet. Use the kamal command for it.</source>
        <translation>Der Zusatzdienst „%1“ lädt %2 hoch, eine ERB-Vorlage; Berth berechnet diese noch nicht. Verwenden Sie dafür den Befehl kamal.</translation>
    </message>
    <message>
        <source>The accessory “%1” uploads %2, which cannot be read: %3</source>
        <translation>Der Zusatzdienst „%1“ lädt %2 hoch, das nicht lesbar ist: %3</translation>
    </message>
    <message>
        <source>Run the %1 hook</source>
        <translation>Den Hook %1 ausführen</translation>
    </message>
    <message>
        <source>Make a clean copy of commit %1</source>
        <translation>Saubere Kopie von Commit %1 anlegen</translation>
    </message>
    <message>
        <source>deploy.yml names no host to run the command on.</source>
        <translation>deploy.yml nennt keinen Host, auf dem der Befehl laufen kann.</translation>
    </message>
    <message>
        <source>No container of role %1 is running on %2: deploy first, or run the command in a new container.</source>
        <translation>Auf %2 läuft kein Container der Rolle %1: Rollen Sie zuerst aus, oder führen Sie den Befehl in einem neuen Container aus.</translation>
    </message>
    <message>
        <source>deploy.yml has no accessory “%1”.</source>
        <translation>deploy.yml hat kein Zubehör „%1“.</translation>
    </message>
    <message>
        <source>Only app exec and accessory exec run interactively.</source>
        <translation>Nur app exec und accessory exec laufen interaktiv.</translation>
    </message>
    <message>
        <source>deploy.yml has no role “%1”.</source>
        <translation>deploy.yml hat keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>%1 is not a host of the app in deploy.yml (its hosts: %2).</source>
        <translation>%1 ist kein Host der App in deploy.yml (ihre Hosts: %2).</translation>
    </message>
    <message>
        <source>No host of role %1 is among %2.</source>
        <translation>Unter %2 ist kein Host der Rolle %1.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Ausliefern</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Edit config/deploy.yml and its destinations through forms, with Kamal&apos;s own validation.</source>
        <translation>config/deploy.yml und ihre Ziele in Formularen bearbeiten, mit Kamals eigener Prüfung.</translation>
    </message>
    <message>
        <source>Keep passwords and keys in the system keychain instead of a .env file.</source>
        <translation>Passwörter und Schlüssel im Schlüsselbund des Systems statt in einer .env-Datei aufbewahren.</translation>
    </message>
    <message>
        <source>See the plan, deploy, and follow every step on every host as it happens.</source>
        <translation>Den Plan sehen, ausliefern und jeden Schritt auf jedem Host live verfolgen.</translation>
    </message>
    <message>
        <source>The versions kept on your servers, which one is live, and one-click rollback.</source>
        <translation>Die auf Ihren Servern gehaltenen Versionen, welche live ist, und Zurückrollen mit einem Klick.</translation>
    </message>
    <message>
        <source>Your hosts, their containers, logs, accessories and the deploy lock.</source>
        <translation>Ihre Hosts, ihre Container, Protokolle, Zubehördienste und die Auslieferungssperre.</translation>
    </message>
    <message>
        <source>Browse, take, verify and restore the encrypted Postgres backups in your bucket.</source>
        <translation>Die verschlüsselten Postgres-Sicherungen in Ihrem Bucket ansehen, anlegen, prüfen und wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>%1 finished.</source>
        <translation>%1 abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 was cancelled; the deploy lock was released.</source>
        <translation>%1 wurde abgebrochen; die Deploy-Sperre wurde freigegeben.</translation>
    </message>
    <message>
        <source>%1 failed; see the step that failed.</source>
        <translation>%1 ist fehlgeschlagen; siehe den fehlgeschlagenen Schritt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not write %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Berth cannot run commands on %1 yet (remote builder).</source>
        <translation>Berth kann noch keine Befehle auf %1 ausführen (entfernter Builder).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>“%1” found nothing on %2.</source>
        <translation>„%1“ hat auf %2 nichts gefunden.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 ließ sich nicht starten: %2</translation>
    </message>
    <message>
        <source>%1 (exit status %2 of “%3” on %4)</source>
        <translation>%1 (Status %2 von „%3“ auf %4)</translation>
    </message>
    <message>
        <source>A command failed</source>
        <translation>Ein Befehl ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>This step changes the server, so Berth does not repeat it blindly: once %1 is reachable again, run the operation again (or roll back).</source>
        <translation>Dieser Schritt verändert den Server, daher wiederholt Berth ihn nicht blind: Sobald %1 wieder erreichbar ist, führen Sie den Vorgang erneut aus (oder rollen zurück).</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost (%2). Connecting again in %n second(s) to repeat “%3”, which is safe to repeat.</source>
        <translation>
            <numerusform>Die Verbindung zu %1 ist abgebrochen (%2). Neuer Verbindungsversuch in %n Sekunde, um „%3“ zu wiederholen, was gefahrlos möglich ist.</numerusform>
            <numerusform>Die Verbindung zu %1 ist abgebrochen (%2). Neuer Verbindungsversuch in %n Sekunden, um „%3“ zu wiederholen, was gefahrlos möglich ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 again; “%2” is done.</source>
        <translation>Wieder mit %1 verbunden; „%2“ ist erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached again within %n second(s): %2</source>
        <translation>
            <numerusform>%1 war innerhalb von %n Sekunde nicht wieder erreichbar: %2</numerusform>
            <numerusform>%1 war innerhalb von %n Sekunden nicht wieder erreichbar: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The new container on %1 did not become ready within %2 s (last status: %3).</source>
        <translation>Der neue Container auf %1 wurde nicht innerhalb von %2 s bereit (letzter Status: %3).</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a file. Choose the project folder that contains config/deploy.yml.</source>
        <translation>„%1“ ist eine Datei. Wählen Sie den Projektordner, der config/deploy.yml enthält.</translation>
    </message>
    <message>
        <source>“%1” has no config/deploy.yml, so it is not a Kamal project yet. Choose the folder that contains config/deploy.yml, or run “kamal init” in this folder first.</source>
        <translation>„%1“ enthält keine config/deploy.yml und ist daher noch kein Kamal-Projekt. Wählen Sie den Ordner, der config/deploy.yml enthält, oder führen Sie zuerst „kamal init“ in diesem Ordner aus.</translation>
    </message>
    <message>
        <source>Berth cannot read “%1”. Check the file&apos;s permissions.</source>
        <translation>Berth kann „%1“ nicht lesen. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%1 could not be inspected: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>release the interrupted run&apos;s deploy lock, take a new one for this</source>
        <translation>Deploy-Sperre des unterbrochenen Laufs freigeben, eine neue dafür setzen</translation>
    </message>
    <message>
        <source>take the deploy lock for this</source>
        <translation>die Deploy-Sperre dafür setzen</translation>
    </message>
    <message>
        <source>role %1 serves %2 already: no boot</source>
        <translation>Rolle %1 liefert bereits %2 aus: kein Start</translation>
    </message>
    <message>
        <source>No container of version %1 is left on %2 to boot it from.</source>
        <translation>Auf %2 ist kein Container der Version %1 mehr vorhanden, aus dem sie gestartet werden könnte.</translation>
    </message>
    <message>
        <source>role %1 serves nothing: boot %2</source>
        <translation>Rolle %1 liefert nichts aus: %2 starten</translation>
    </message>
    <message>
        <source>role %1 serves %2: boot %3, switch kamal-proxy to it and stop %2</source>
        <translation>Rolle %1 liefert %2 aus: %3 starten, kamal-proxy darauf umschalten und %2 stoppen</translation>
    </message>
    <message>
        <source>stop %1, left running by the interrupted run</source>
        <translation>%1 stoppen, vom unterbrochenen Lauf laufen gelassen</translation>
    </message>
    <message>
        <source>tag %1 as the latest image</source>
        <translation>%1 als neuestes Image markieren</translation>
    </message>
    <message>
        <source>release the deploy lock</source>
        <translation>die Deploy-Sperre freigeben</translation>
    </message>
    <message>
        <source>The journal does not name the version the run was deploying.</source>
        <translation>Das Journal nennt nicht die Version, die der Lauf ausgeliefert hat.</translation>
    </message>
    <message>
        <source>%1 could not be inspected.</source>
        <translation>%1 konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 still serves %2</source>
        <translation>%1 liefert noch %2 aus</translation>
    </message>
    <message>
        <source>the newest container of another version on %1 is %2</source>
        <translation>der neueste Container einer anderen Version auf %1 ist %2</translation>
    </message>
    <message>
        <source>Nothing on %1 shows which version was live before %2.</source>
        <translation>Nichts auf %1 zeigt, welche Version vor %2 live war.</translation>
    </message>
    <message>
        <source>The hosts disagree on the version live before: %1.</source>
        <translation>Die Hosts sind sich über die zuvor live Version uneinig: %1.</translation>
    </message>
    <message>
        <source>No app host.</source>
        <translation>Kein App-Host.</translation>
    </message>
    <message>
        <source>Someone else holds the deploy lock:
%1</source>
        <translation>Jemand anderes hält die Deploy-Sperre:
%1</translation>
    </message>
    <message>
        <source>No version is live: kamal-proxy routes to no container of the app.</source>
        <translation>Keine Version ist live: kamal-proxy leitet zu keinem Container der App.</translation>
    </message>
    <message>
        <source>The hosts serve different versions (%1): resume, or roll back.</source>
        <translation>Die Hosts liefern verschiedene Versionen aus (%1): fortsetzen oder zurückrollen.</translation>
    </message>
    <message>
        <source>The version live before is not known: %1</source>
        <translation>Die zuvor live Version ist nicht bekannt: %1</translation>
    </message>
</context>
<context>
    <name>RubyErbRenderer</name>
    <message numerus="yes">
        <source>Ruby did not finish rendering within %n second(s); a tag in the file may be waiting for a command or the network.</source>
        <translation>
            <numerusform>Ruby ist nicht innerhalb von %n Sekunde fertig geworden; ein Tag der Datei wartet vielleicht auf einen Befehl oder das Netzwerk.</numerusform>
            <numerusform>Ruby ist nicht innerhalb von %n Sekunden fertig geworden; ein Tag der Datei wartet vielleicht auf einen Befehl oder das Netzwerk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ruby is not installed, so Berth cannot show values computed by Ruby. Install Ruby (it includes ERB) and try again.</source>
        <translation>Ruby ist nicht installiert, daher kann Berth von Ruby berechnete Werte nicht zeigen. Installieren Sie Ruby (ERB ist enthalten) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ruby could not be started: %1</source>
        <translation>Ruby ließ sich nicht starten: %1</translation>
    </message>
    <message>
        <source>Ruby could not render the configuration: %1</source>
        <translation>Ruby konnte die Konfiguration nicht berechnen: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>Berth cannot write its run journal in %1; without it a run that is interrupted could not be recovered. Check the folder&apos;s permissions and free space.</source>
        <translation>Berth kann sein Laufprotokoll in %1 nicht schreiben; ohne es ließe sich ein unterbrochener Lauf nicht wiederherstellen. Prüfen Sie die Rechte des Ordners und den freien Platz.</translation>
    </message>
    <message>
        <source>Berth cannot write its run journal %1: %2</source>
        <translation>Berth kann sein Laufprotokoll %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>S3Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Choose another folder or free some disk space.</source>
        <translation>„%1“ kann nicht geschrieben werden. Wählen Sie einen anderen Ordner oder schaffen Sie Platz.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check this computer&apos;s network, a firewall or VPN, and the endpoint address (S3_ENDPOINT).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie das Netzwerk dieses Rechners, Firewall oder VPN und die Endpunktadresse (S3_ENDPOINT).</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie das Netzwerk dieses Rechners, Firewall oder VPN und die Endpunktadresse (S3_ENDPOINT).</numerusform>
        </translation>
    </message>
    <message>
        <source>The storage host %1 could not be found (DNS). Check the endpoint (S3_ENDPOINT) for typos and that this computer is online.</source>
        <translation>Der Speicher-Host %1 wurde nicht gefunden (DNS). Prüfen Sie den Endpunkt (S3_ENDPOINT) auf Tippfehler und ob dieser Rechner online ist.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening there. Check the endpoint&apos;s address and port (S3_ENDPOINT) and that the storage service is running.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort lauscht nichts. Prüfen Sie Adresse und Port des Endpunkts (S3_ENDPOINT) und ob der Speicherdienst läuft.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be set up. Check that the endpoint uses https with a valid certificate, and this computer&apos;s clock.</source>
        <translation>Eine sichere (TLS-)Verbindung zu %1 ließ sich nicht aufbauen. Prüfen Sie, ob der Endpunkt https mit gültigem Zertifikat nutzt, und die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check this computer&apos;s network and the endpoint (S3_ENDPOINT), then try again.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen. Prüfen Sie das Netzwerk dieses Rechners und den Endpunkt (S3_ENDPOINT) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the request signature for bucket “%2”. Check that the secret access key (S3_SECRET_ACCESS_KEY) belongs to the access key ID, and that this computer&apos;s clock and time zone are right.</source>
        <translation>%1 hat die Signatur der Anfrage für den Bucket „%2“ abgelehnt. Prüfen Sie, ob der geheime Schlüssel (S3_SECRET_ACCESS_KEY) zur Schlüssel-ID gehört und ob Uhr und Zeitzone dieses Rechners stimmen.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the server&apos;s.</source>
        <translation>
            <numerusform>Die Uhr dieses Rechners weicht %n Minute von der des Servers ab.</numerusform>
            <numerusform>Die Uhr dieses Rechners weicht %n Minuten von der des Servers ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused the request because this computer&apos;s clock is wrong (%n minute(s) off). Set the clock automatically (NTP) and try again.</source>
        <translation>
            <numerusform>%1 hat die Anfrage abgelehnt, weil die Uhr dieses Rechners falsch geht (%n Minute Abweichung). Stellen Sie die Uhr automatisch (NTP) und versuchen Sie es erneut.</numerusform>
            <numerusform>%1 hat die Anfrage abgelehnt, weil die Uhr dieses Rechners falsch geht (%n Minuten Abweichung). Stellen Sie die Uhr automatisch (NTP) und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not know the access key ID used for bucket “%2”. Check S3_ACCESS_KEY_ID: a typo, a deleted key, or a key of another provider.</source>
        <translation>%1 kennt die Schlüssel-ID für den Bucket „%2“ nicht. Prüfen Sie S3_ACCESS_KEY_ID: ein Tippfehler, ein gelöschter Schlüssel oder einer eines anderen Anbieters.</translation>
    </message>
    <message>
        <source>There is no bucket “%1” on %2. Check S3_BUCKET and the endpoint (S3_ENDPOINT).</source>
        <translation>Auf %2 gibt es keinen Bucket „%1“. Prüfen Sie S3_BUCKET und den Endpunkt (S3_ENDPOINT).</translation>
    </message>
    <message>
        <source>“%1” is not in bucket “%2” on %3 (any more): it may have been deleted, e.g. by BACKUP_KEEP_DAYS. Refresh the list.</source>
        <translation>„%1“ liegt (nicht mehr) im Bucket „%2“ auf %3: Vielleicht wurde es gelöscht, z. B. durch BACKUP_KEEP_DAYS. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>%1 denied access to bucket “%2”: the keys are valid but not allowed to do this. Give the key permission to list and read the bucket (s3:ListBucket, s3:GetObject).</source>
        <translation>%1 hat den Zugriff auf den Bucket „%2“ verweigert: Die Schlüssel sind gültig, dürfen das aber nicht. Geben Sie dem Schlüssel das Recht, den Bucket zu listen und zu lesen (s3:ListBucket, s3:GetObject).</translation>
    </message>
    <message>
        <source>%1 denied access to bucket “%2”. Check the keys (S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), this computer&apos;s clock, and the key&apos;s permissions.</source>
        <translation>%1 hat den Zugriff auf den Bucket „%2“ verweigert. Prüfen Sie die Schlüssel (S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), die Uhr dieses Rechners und die Rechte des Schlüssels.</translation>
    </message>
    <message>
        <source>Bucket “%1” is in region “%2”, not “%3”. Set S3_REGION to %2.</source>
        <translation>Der Bucket „%1“ liegt in der Region „%2“, nicht „%3“. Setzen Sie S3_REGION auf %2.</translation>
    </message>
    <message>
        <source>%1 says bucket “%2” must be reached through another endpoint or region. Check S3_ENDPOINT and S3_REGION.</source>
        <translation>%1 meldet, dass der Bucket „%2“ über einen anderen Endpunkt oder eine andere Region erreicht werden muss. Prüfen Sie S3_ENDPOINT und S3_REGION.</translation>
    </message>
    <message>
        <source>“%1” is not a valid bucket name on %2. Check S3_BUCKET.</source>
        <translation>„%1“ ist kein gültiger Bucket-Name auf %2. Prüfen Sie S3_BUCKET.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). Try again in a minute; if it persists, check the provider&apos;s status page.</source>
        <translation>%1 hatte ein Problem beim Antworten (HTTP %2). Versuchen Sie es in einer Minute erneut; hält es an, prüfen Sie die Statusseite des Anbieters.</translation>
    </message>
    <message>
        <source>%1 refused the request for bucket “%2” (HTTP %3 %4).</source>
        <translation>%1 hat die Anfrage für den Bucket „%2“ abgelehnt (HTTP %3 %4).</translation>
    </message>
</context>
<context>
    <name>S3Xml</name>
    <message>
        <source>The storage service answered the listing with a “%1” document instead of a bucket listing.</source>
        <translation>Der Speicherdienst hat auf die Auflistung mit einem „%1“-Dokument statt einer Bucket-Liste geantwortet.</translation>
    </message>
    <message>
        <source>The storage service sent a bucket listing Berth cannot read.</source>
        <translation>Der Speicherdienst hat eine Bucket-Liste gesendet, die Berth nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>SecretsFile</name>
    <message>
        <source>Line exports %1 without a value and no earlier line sets it</source>
        <translation>Die Zeile exportiert %1 ohne Wert, und keine frühere Zeile setzt ihn</translation>
    </message>
    <message>
        <source>Kamal stops with Dotenv::FormatError (“has an unset variable”); give the key a value or remove the line.</source>
        <translation>Kamal bricht mit Dotenv::FormatError („has an unset variable“) ab; geben Sie dem Schlüssel einen Wert oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Line %1 is not a KEY=value line; Kamal ignores it</source>
        <translation>Zeile %1 ist keine KEY=value-Zeile; Kamal ignoriert sie</translation>
    </message>
    <message>
        <source>Write it as KEY=value, or start it with # to make it a comment.</source>
        <translation>Schreiben Sie sie als KEY=value oder beginnen Sie sie mit #, um sie zum Kommentar zu machen.</translation>
    </message>
</context>
<context>
    <name>SecretsResolver</name>
    <message>
        <source>kamal secrets extract needs a NAME and the JSON from kamal secrets fetch</source>
        <translation>kamal secrets extract braucht einen NAMEN und das JSON aus kamal secrets fetch</translation>
    </message>
    <message>
        <source>kamal secrets extract %1: the secrets are not a JSON object (%2)</source>
        <translation>kamal secrets extract %1: die Geheimnisse sind kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>Berth fetches from %1 through Kamal, and the kamal command is not installed. Install Kamal (gem install kamal) so that kamal is on the PATH, or set the values in Berth&apos;s project environment instead.</source>
        <translation>Berth holt Werte aus %1 über Kamal, und der Befehl kamal ist nicht installiert. Installieren Sie Kamal (gem install kamal), sodass kamal im PATH liegt, oder setzen Sie die Werte stattdessen in Berths Projektumgebung.</translation>
    </message>
    <message>
        <source>the command could not be started: %1</source>
        <translation>der Befehl ließ sich nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>the command did not finish within %n second(s) and was stopped</source>
        <translation>
            <numerusform>der Befehl ist nicht innerhalb von %n Sekunde fertig geworden und wurde gestoppt</numerusform>
            <numerusform>der Befehl ist nicht innerhalb von %n Sekunden fertig geworden und wurde gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <source>the command crashed</source>
        <translation>der Befehl ist abgestürzt</translation>
    </message>
    <message>
        <source>the command exited with code %1</source>
        <translation>der Befehl endete mit Code %1</translation>
    </message>
    <message>
        <source>the command exited with code %1: %2</source>
        <translation>der Befehl endete mit Code %1: %2</translation>
    </message>
    <message>
        <source>%1: $(%2): %3</source>
        <translation>%1: $(%2): %3</translation>
    </message>
    <message>
        <source>Kamal uses the output anyway; check that it is the value you expect.</source>
        <translation>Kamal verwendet die Ausgabe trotzdem; prüfen Sie, ob es der erwartete Wert ist.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>No secrets files: none of %1 exists</source>
        <translation>Keine Secrets-Dateien: keine von %1 existiert</translation>
    </message>
    <message>
        <source>Kamal stops at the first secret it needs; create %1 or set the values in Berth&apos;s project environment.</source>
        <translation>Kamal bricht beim ersten benötigten Geheimnis ab; legen Sie %1 an oder setzen Sie die Werte in Berths Projektumgebung.</translation>
    </message>
</context>
<context>
    <name>ServerInspector</name>
    <message>
        <source>docker ps failed on %1: %2</source>
        <translation>docker ps ist auf %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SshCommand</name>
    <message>
        <source>The private key “%1” needs its passphrase, and there is no terminal to ask it on. Remember it in the keychain once with “%2” (it reads the passphrase from standard input), or add the key to ssh-agent.</source>
        <translation>Der private Schlüssel „%1“ braucht seine Passphrase, und es gibt kein Terminal, um danach zu fragen. Merken Sie sie einmal im Schlüsselbund mit „%2“ (liest die Passphrase von der Standardeingabe) oder fügen Sie den Schlüssel dem ssh-agent hinzu.</translation>
    </message>
    <message>
        <source>That passphrase did not open the key (attempt %1 of %2).
</source>
        <translation>Diese Passphrase hat den Schlüssel nicht geöffnet (Versuch %1 von %2).
</translation>
    </message>
    <message>
        <source>The passphrase remembered in the keychain no longer opens the key.
</source>
        <translation>Die im Schlüsselbund gespeicherte Passphrase öffnet den Schlüssel nicht mehr.
</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>No passphrase was given for the private key “%1”.</source>
        <translation>Für den privaten Schlüssel „%1“ wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>SSH key passphrases in the OS keychain: remember-passphrase KEYFILE reads the passphrase from standard input (without echo on a terminal), checks that it opens the key and stores it; forget-passphrase KEYFILE removes it.</source>
        <translation>Passphrasen von SSH-Schlüsseln im Schlüsselbund des Systems: remember-passphrase SCHLÜSSELDATEI liest die Passphrase von der Standardeingabe (im Terminal ohne Echo), prüft, ob sie den Schlüssel öffnet, und speichert sie; forget-passphrase SCHLÜSSELDATEI entfernt sie.</translation>
    </message>
    <message>
        <source>remember-passphrase or forget-passphrase</source>
        <translation>remember-passphrase oder forget-passphrase</translation>
    </message>
    <message>
        <source>The private key file.</source>
        <translation>Die Datei des privaten Schlüssels.</translation>
    </message>
    <message>
        <source>berth-cli ssh: say remember-passphrase KEYFILE or forget-passphrase KEYFILE.</source>
        <translation>berth-cli ssh: Geben Sie remember-passphrase SCHLÜSSELDATEI oder forget-passphrase SCHLÜSSELDATEI an.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not in the keychain any more.</source>
        <translation>Die Passphrase von %1 ist nicht mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <source>berth-cli ssh: there is no file “%1”.</source>
        <translation>berth-cli ssh: Die Datei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>berth-cli ssh: “%1” is not a private key protected by a passphrase; there is nothing to remember.</source>
        <translation>berth-cli ssh: „%1“ ist kein durch eine Passphrase geschützter privater Schlüssel; es gibt nichts zu merken.</translation>
    </message>
    <message>
        <source>berth-cli ssh: no passphrase on standard input.</source>
        <translation>berth-cli ssh: keine Passphrase auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>berth-cli ssh: that passphrase does not open “%1”; nothing was stored.</source>
        <translation>berth-cli ssh: Diese Passphrase öffnet „%1“ nicht; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is in the keychain; runs use it without asking.</source>
        <translation>Die Passphrase von %1 ist im Schlüsselbund; Ausführungen verwenden sie, ohne zu fragen.</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>Could not start an SSH session.</source>
        <translation>Es konnte keine SSH-Sitzung gestartet werden.</translation>
    </message>
    <message>
        <source>Could not connect to %1:%2. Check that the server is on, that the address and port are right, and that a firewall lets SSH through.</source>
        <translation>Keine Verbindung zu %1:%2. Prüfen Sie, ob der Server läuft, ob Adresse und Port stimmen und ob eine Firewall SSH durchlässt.</translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation>%1 hat keinen Host-Schlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>Could not check %1&apos;s host key against “%2”.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht mit „%2“ abgeglichen werden.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Could not add %1&apos;s host key to the known hosts file.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht in die Datei der bekannten Hosts eingetragen werden.</translation>
    </message>
    <message>
        <source>The SSH agent has no key that %1 accepts. Add your key with “ssh-add”, or set the key file in the SSH settings.</source>
        <translation>Der SSH-Agent hat keinen Schlüssel, den %1 annimmt. Fügen Sie Ihren Schlüssel mit „ssh-add“ hinzu oder geben Sie die Schlüsseldatei in den SSH-Einstellungen an.</translation>
    </message>
    <message>
        <source>Could not open a channel to %1.</source>
        <translation>Es konnte kein Kanal zu %1 geöffnet werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while “%2” was running.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, während „%2“ lief.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while running “%3”; the connection is probably lost.</source>
        <translation>%1 hat %2 s lang nichts gesendet, während „%3“ lief; die Verbindung ist vermutlich verloren.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while sending data.</source>
        <translation>Die Verbindung zu %1 ist beim Senden von Daten abgebrochen.</translation>
    </message>
    <message>
        <source>This system&apos;s libssh cannot run a proxy command. Use a jump host (ssh.proxy) instead of ssh.proxy_command.</source>
        <translation>Die libssh dieses Systems kann keinen Proxy-Befehl ausführen. Verwenden Sie statt ssh.proxy_command einen Jump-Host (ssh.proxy).</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: the server now presents %2 %3, but line %4 of “%5” holds another key for it. Someone may be intercepting the connection (a man-in-the-middle attack), so Berth stops here. If you know the server was rebuilt or its SSH keys were regenerated, delete line %4 of “%5” (or run “%6”), then connect again and check the new fingerprint.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert: Der Server zeigt jetzt %2 %3, aber Zeile %4 von „%5“ enthält einen anderen Schlüssel für ihn. Womöglich fängt jemand die Verbindung ab (ein Man-in-the-Middle-Angriff), deshalb hält Berth hier an. Wenn Sie wissen, dass der Server neu aufgesetzt oder seine SSH-Schlüssel neu erzeugt wurden, löschen Sie Zeile %4 von „%5“ (oder führen Sie „%6“ aus), verbinden Sie sich dann erneut und prüfen Sie den neuen Fingerabdruck.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: the server now presents %2 %3, but “%4” holds another key for it. Someone may be intercepting the connection (a man-in-the-middle attack), so Berth stops here. If you know the server was rebuilt or its SSH keys were regenerated, run “%5”, then connect again and check the new fingerprint.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert: Der Server zeigt jetzt %2 %3, aber „%4“ enthält einen anderen Schlüssel für ihn. Womöglich fängt jemand die Verbindung ab (ein Man-in-the-Middle-Angriff), deshalb hält Berth hier an. Wenn Sie wissen, dass der Server neu aufgesetzt oder seine SSH-Schlüssel neu erzeugt wurden, führen Sie „%5“ aus, verbinden Sie sich dann erneut und prüfen Sie den neuen Fingerabdruck.</translation>
    </message>
    <message>
        <source>%1 is not in “%2” yet. It presents the key %3 %4: compare that fingerprint with the server&apos;s own (“ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub” on the server) before trusting it.</source>
        <translation>%1 steht noch nicht in „%2“. Der Server zeigt den Schlüssel %3 %4: Vergleichen Sie diesen Fingerabdruck mit dem des Servers selbst („ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub“ auf dem Server), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Could not read the private key “%1”: %2.</source>
        <translation>Der private Schlüssel „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The private key “%1” is protected by a passphrase, and none was given.</source>
        <translation>Der private Schlüssel „%1“ ist durch eine Passphrase geschützt, aber es wurde keine angegeben.</translation>
    </message>
    <message>
        <source>The passphrase for the private key “%1” is wrong.</source>
        <translation>Die Passphrase für den privaten Schlüssel „%1“ ist falsch.</translation>
    </message>
    <message>
        <source>Could not read the private key “%1”. Check that the file is an OpenSSH or PEM private key.</source>
        <translation>Der private Schlüssel „%1“ konnte nicht gelesen werden. Prüfen Sie, ob die Datei ein privater OpenSSH- oder PEM-Schlüssel ist.</translation>
    </message>
    <message>
        <source>Key data %1 is not an unencrypted OpenSSH or PEM private key.</source>
        <translation>Schlüsseldaten %1 sind kein unverschlüsselter privater OpenSSH- oder PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>key data %1</source>
        <translation>Schlüsseldaten %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 refused the key %2. Check that its public key is in the server&apos;s authorized_keys for this user.</source>
        <translation>
            <numerusform>%1 hat den Schlüssel %2 abgelehnt. Prüfen Sie, ob sein öffentlicher Schlüssel in den authorized_keys dieses Benutzers auf dem Server steht.</numerusform>
            <numerusform>%1 hat die Schlüssel %2 abgelehnt. Prüfen Sie, ob ihre öffentlichen Schlüssel in den authorized_keys dieses Benutzers auf dem Server stehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key to log in to %1: keys_only is set, but no key file or key data is configured.</source>
        <translation>Kein Schlüssel für die Anmeldung bei %1: keys_only ist gesetzt, aber weder eine Schlüsseldatei noch Schlüsseldaten sind eingerichtet.</translation>
    </message>
    <message>
        <source>The jump host “%1” is a chain of jump hosts; Berth supports one.</source>
        <translation>Der Jump-Host „%1“ ist eine Kette von Jump-Hosts; Berth unterstützt nur einen.</translation>
    </message>
    <message>
        <source>“%1” is not a jump host; write it as host, user@host or user@host:port.</source>
        <translation>„%1“ ist kein Jump-Host; schreiben Sie ihn als host, user@host oder user@host:port.</translation>
    </message>
    <message>
        <source>Could not reach the jump host %1. %2</source>
        <translation>Der Jump-Host %1 ist nicht erreichbar. %2</translation>
    </message>
    <message>
        <source>Berth stopped at the jump host. %1</source>
        <translation>Berth hat beim Jump-Host angehalten. %1</translation>
    </message>
    <message>
        <source>The jump host&apos;s key is not trusted yet. %1 To trust it, log in to the jump host once with “%2” and accept its key.</source>
        <translation>Dem Schlüssel des Jump-Hosts wird noch nicht vertraut. %1 Um ihm zu vertrauen, melden Sie sich einmal mit „%2“ beim Jump-Host an und akzeptieren Sie seinen Schlüssel.</translation>
    </message>
    <message>
        <source>Could not log in to the jump host %1. %2</source>
        <translation>Die Anmeldung beim Jump-Host %1 ist fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>The jump host %1 could not open a connection to %2:%3. Check that it can reach that server and allows TCP forwarding.</source>
        <translation>Der Jump-Host %1 konnte keine Verbindung zu %2:%3 öffnen. Prüfen Sie, ob er diesen Server erreicht und TCP-Weiterleitung erlaubt.</translation>
    </message>
    <message>
        <source>Could not set up the tunnel through the jump host %1.</source>
        <translation>Der Tunnel über den Jump-Host %1 konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while logging in.</source>
        <translation>Die Verbindung zu %1 ist bei der Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not start the command; the connection may have dropped.</source>
        <translation>%1 hat den Befehl nicht gestartet; die Verbindung ist möglicherweise abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was sent to the jump host %1: its key %2 %3 was not trusted. Compare the fingerprint with the server&apos;s own, then connect again and trust it.</source>
        <translation>Dem Jump-Host %1 wurde nichts gesendet: Seinem Schlüssel %2 %3 wurde nicht vertraut. Vergleichen Sie den Fingerabdruck mit dem des Servers selbst, verbinden Sie sich dann erneut und vertrauen Sie ihm.</translation>
    </message>
    <message>
        <source>Could not add the jump host %1&apos;s key to the known hosts file.</source>
        <translation>Der Schlüssel des Jump-Hosts %1 konnte nicht in die Datei der bekannten Hosts eingetragen werden.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>No terminal program was found to open an interactive session. Set the TERMINAL environment variable, or install a terminal.</source>
        <translation>Es wurde kein Terminalprogramm für eine interaktive Sitzung gefunden. Setzen Sie die Umgebungsvariable TERMINAL oder installieren Sie ein Terminal.</translation>
    </message>
    <message>
        <source>The terminal %1 could not be started.</source>
        <translation>Das Terminal %1 ließ sich nicht starten.</translation>
    </message>
</context>
<context>
    <name>YamlEditor</name>
    <message>
        <source>The file cannot be read as YAML; fix it in the YAML view first.</source>
        <translation>Die Datei lässt sich nicht als YAML lesen; beheben Sie das zuerst in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>Berth cannot find where “%1” is written; edit it in the YAML view.</source>
        <translation>Berth findet nicht, wo „%1“ steht; bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>“%1” holds a list or a map, not a single value.</source>
        <translation>„%1“ enthält eine Liste oder Zuordnung, keinen einzelnen Wert.</translation>
    </message>
    <message>
        <source>“%1” spans several lines; edit it in the YAML view.</source>
        <translation>„%1“ erstreckt sich über mehrere Zeilen; bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>“%1” is computed by an ERB tag in the file. Change the variable it reads on the Secrets page, or edit the tag in the YAML view.</source>
        <translation>„%1“ wird von einem ERB-Tag in der Datei berechnet. Ändern Sie die Variable, die es liest, auf der Seite Geheimnisse, oder bearbeiten Sie das Tag in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>The place to insert is produced by an ERB tag; edit the YAML view instead.</source>
        <translation>Die Einfügestelle wird von einem ERB-Tag erzeugt; bearbeiten Sie stattdessen die YAML-Ansicht.</translation>
    </message>
    <message>
        <source>No path given.</source>
        <translation>Kein Pfad angegeben.</translation>
    </message>
    <message>
        <source>“%1” names an item of a list that does not exist.</source>
        <translation>„%1“ bezeichnet einen Listeneintrag, den es nicht gibt.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>“%1” is written in flow style ({…} or […]); edit it in the YAML view.</source>
        <translation>„%1“ ist im Flow-Stil geschrieben ({…} oder […]); bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>Cannot add “%1”: its parent is not a map.</source>
        <translation>„%1“ kann nicht hinzugefügt werden: Das übergeordnete Element ist keine Zuordnung.</translation>
    </message>
    <message>
        <source>“%1” is empty; set it first.</source>
        <translation>„%1“ ist leer; setzen Sie es zuerst.</translation>
    </message>
    <message>
        <source>“%1” is not a list.</source>
        <translation>„%1“ ist keine Liste.</translation>
    </message>
    <message>
        <source>Berth cannot find the end of the list “%1”; edit it in the YAML view.</source>
        <translation>Berth findet das Ende der Liste „%1“ nicht; bearbeiten Sie sie in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>Berth cannot find the items of “%1”; edit it in the YAML view.</source>
        <translation>Berth findet die Einträge von „%1“ nicht; bearbeiten Sie sie in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>Berth could not change “%1” without disturbing the rest of the file; edit it in the YAML view.</source>
        <translation>Berth konnte „%1“ nicht ändern, ohne den Rest der Datei zu stören; bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>The text to insert is not a YAML map.</source>
        <translation>Der einzufügende Text ist keine YAML-Zuordnung.</translation>
    </message>
    <message>
        <source>Berth could not remove “%1” without disturbing the rest of the file; edit it in the YAML view.</source>
        <translation>Berth konnte „%1“ nicht entfernen, ohne den Rest der Datei zu verändern; bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>“%1” is not in the file.</source>
        <translation>„%1“ steht nicht in der Datei.</translation>
    </message>
    <message>
        <source>“%1” is written more than once; remove the extra copies in the YAML view.</source>
        <translation>„%1“ steht mehrmals in der Datei; entfernen Sie die Kopien in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>Berth cannot find the item “%1”; edit it in the YAML view.</source>
        <translation>Berth findet den Eintrag „%1“ nicht; bearbeiten Sie ihn in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>“%1” shares its line with other content; edit it in the YAML view.</source>
        <translation>„%1“ teilt sich die Zeile mit anderem Inhalt; bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>“%1” is produced by an ERB tag; edit it in the YAML view.</source>
        <translation>„%1“ wird von einem ERB-Tag erzeugt; bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
    <message>
        <source>“%1” contains Ruby code (&lt;% … %&gt;); edit it in the YAML view.</source>
        <translation>„%1“ enthält Ruby-Code (&lt;% … %&gt;); bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
</context>
<context>
    <name>YamlTree</name>
    <message>
        <source>The YAML nests deeper than %1 levels.</source>
        <translation>Das YAML ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The YAML expands to more than %1 nodes through aliases.</source>
        <translation>Das YAML wächst durch Aliase auf mehr als %1 Knoten an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Berth: deploy to your own servers with Kamal, and see every step.</source>
        <translation>Berth: mit Kamal auf eigene Server ausliefern und jeden Schritt sehen.</translation>
    </message>
    <message>
        <source>Kamal project folder to open.</source>
        <translation>Zu öffnender Kamal-Projektordner.</translation>
    </message>
    <message>
        <source>Page to show: config, secrets, deploy, releases, servers or backups.</source>
        <translation>Anzuzeigende Seite: config, secrets, deploy, releases, servers oder backups.</translation>
    </message>
    <message>
        <source>Appearance: system, light or dark.</source>
        <translation>Erscheinungsbild: system, light oder dark.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation>Sprache der Oberfläche, z. B. de.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>Save a picture of the window to the file once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters in der Datei speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Unknown color scheme “%1”; use system, light or dark.
</source>
        <translation>Unbekanntes Farbschema „%1“; verwenden Sie system, light oder dark.
</translation>
    </message>
    <message>
        <source>Could not write the screenshot to “%1”.
</source>
        <translation>Das Bildschirmfoto konnte nicht nach „%1“ geschrieben werden.
</translation>
    </message>
</context>
</TS>
