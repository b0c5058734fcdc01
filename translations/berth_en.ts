<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop deployment manager for self-hosting with Kamal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with the same servers as the kamal command-line tool: you can switch between them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessoryTemplates</name>
    <message>
        <source>PostgreSQL 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database with its data directory, reachable only from its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres backups to S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgres-backup-s3: a GPG-encrypted dump every day to S3, R2 or MinIO, kept 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cache or job queue with its data directory, reachable only from its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL 8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Berth cannot write “%1”: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1” failed: %2. The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>`sh restore.sh` without a timestamp would restore “%1”, which is not the newest backup of “%2”. Restore with an explicit timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of “%1” is encrypted but PASSPHRASE is not set: restore.sh would hand the encrypted file to pg_restore, which fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of “%1” is not encrypted but PASSPHRASE is set: restore.sh tries to decrypt it and fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULE is empty: the backup container makes one backup and exits (and, restarted by Docker, one more each time). Set SCHEDULE, e.g. @daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of “%1” under “%2/” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of “%1” is %2 old; SCHEDULE “%3” never runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of “%1” is %2 old: SCHEDULE “%3” should have made another by %4. Check the backup container&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of “%1” is %2 old; the next is due at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP_KEEP_DAYS “%1” is not a whole number of days. The backup script fails at the retention step, after each upload, and deletes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP_KEEP_DAYS is %1: every object under the prefix last modified before %2 is deleted, which can include the backup that was just made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3_PREFIX is empty: retention deletes old objects anywhere in the bucket, not only backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of several databases (%1) share the prefix “%2/”: retention run for any of them deletes the old backups of all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>S3_PREFIX “%1” also matches %n object(s) outside “%1/” (e.g. “%2”): retention deletes the old ones there too.</source>
        <translation>
            <numerusform>S3_PREFIX “%1” also matches %n object outside “%1/” (e.g. “%2”): retention deletes the old ones there too.</numerusform>
            <numerusform>S3_PREFIX “%1” also matches %n objects outside “%1/” (e.g. “%2”): retention deletes the old ones there too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) under “%1/” that are not backups will be deleted too.</source>
        <translation>
            <numerusform>%n file under “%1/” that is not a backup will be deleted too.</numerusform>
            <numerusform>%n files under “%1/” that are not backups will be deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDiscoverer</name>
    <message>
        <source>The accessory “%1” runs on no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessory “%1” runs on %2 hosts; Berth uses the first, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 (for %2 of “%3”) is not set: add it on the Secrets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessory “%1” does not set %2 in its env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessory “%1” sets no S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY; Berth needs them to list and download backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULE is empty: the container backs up once and exits, so no backups are taken on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSPHRASE is empty: backups are stored unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP_KEEP_DAYS deletes every object under “%1/”, not only this database&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written in deploy.yml as a clear value; make it a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Postgres accessory “%1” does not run on %2, where the backup accessory runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSTGRES_HOST is “%1”, which is no accessory of this configuration: Berth cannot check a restore or run a restore drill without the Postgres container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accessory runs postgres-backup-s3 (image eeshugerman/postgres-backup-s3). Add one to deploy.yml, or mark your image as compatible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s)</source>
        <translation>
            <numerusform>%n schema</numerusform>
            <numerusform>%n schemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has %2 rows; the backup has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed on %1 (backup.sh exited with status %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 complete: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the tables of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 from %2 restores cleanly: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore drill needs the Postgres accessory&apos;s image, and POSTGRES_HOST (“%1”) names no accessory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted, but the accessory has no PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a throwaway Postgres (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a throwaway Postgres from %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching and decrypting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be decrypted with the accessory&apos;s PASSPHRASE: it was encrypted with another passphrase, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download %1 inside the backup container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the throwaway Postgres</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The throwaway Postgres did not start within %n second(s).</source>
        <translation>
            <numerusform>The throwaway Postgres did not start within %n second.</numerusform>
            <numerusform>The throwaway Postgres did not start within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring into the throwaway Postgres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore reported errors: the backup does not restore cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting schemas, tables and rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the drill container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; removing the drill container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1 on %2: remove it by hand (docker rm -f %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth restores only when it can check the result, and POSTGRES_HOST (“%1”) names no Postgres accessory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted, but the accessory has no PASSPHRASE: restore.sh would look for an unencrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is not encrypted, but the accessory has a PASSPHRASE: restore.sh would look for a .gpg file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that Postgres is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the backup failed its restore drill. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a safety backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the safety backup failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the restored database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres (%1) does not answer after the restore. The safety backup is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of %1 did not complete: the database does not hold what the backup holds. The safety backup taken before is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored from %2 (%3). Safety backup of the previous data: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative number (%1) not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many hyphens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many slashes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beginning of range (%1) below minimum (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of range (%1) above maximum (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beginning of range (%1) beyond end of range (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step of range should be a positive number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid duration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing unit in duration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit “%1” in duration %2 (Go durations use h, m, s: one day is 24h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULE “%1” is not a schedule the backup image&apos;s go-cron accepts (%2), so the backup container would not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty spec string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provided bad location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to parse duration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized descriptor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 5 to 6 fields, found %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message numerus="yes">
        <source>Retention (BACKUP_KEEP_DAYS=%1): the next backup deletes %n object(s) under “%2/”.</source>
        <translation>
            <numerusform>Retention (BACKUP_KEEP_DAYS=%1): the next backup deletes %n object under “%2/”.</numerusform>
            <numerusform>Retention (BACKUP_KEEP_DAYS=%1): the next backup deletes %n objects under “%2/”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Cloud::S3DownloadJob</name>
    <message>
        <source>The download of “%1” from %2 stopped before the end. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of “%1” could not be passed on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cloud::S3ListJob</name>
    <message>
        <source>%1 sent an incomplete bucket listing without a way to continue it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::DownloadJob</name>
    <message>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GnuPG (gpg) is not installed, so the backup cannot be decrypted here. Install GnuPG, or download the encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not decrypt this backup. Check PASSPHRASE: the backup was encrypted with the value it had when the backup was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg could not decrypt the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading and decrypting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::Sandbox</name>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the previous sandbox copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 a git repository (is git installed?): Kamal names each version by its commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test environment printed no servers or registry (testenv env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox needs Linux: its servers are Linux network namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox comes with Berth&apos;s source code (tests/env/testenv); this build has none. Build Berth from a checkout, or set BERTH_SANDBOX_SCRIPT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project is missing beside %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox servers (%1 up)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start pkexec to ask for the rights the sandbox needs (root: its servers are network namespaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not start (testenv up failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the demo project to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the sandbox&apos;s variables and secrets in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1 in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::BackupTableModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::BackupsPage</name>
    <message>
        <source>Backup freshness and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter backups by database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list of backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected backup with a restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database from the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an image as compatible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an accessory image as compatible with postgres-backup-s3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current backup action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the current backup action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the current backup action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of backup actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of Back up now, Verify and Restore appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible backup image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which accessory image works like eeshugerman/postgres-backup-s3 (the same variables, backup.sh and restore.sh)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml could not be read: fix it on the Config page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml has errors (%1): fix them on the Config page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a backup to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPG (PASSPHRASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1 (%2, %n row)</numerusform>
            <numerusform>%1 (%2, %n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the backup of %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted. Decrypt it here with gpg and the accessory&apos;s PASSPHRASE, saving a plain .dump?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup action is running: wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup accessory is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter; Up and Down choose, Enter runs, Escape closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page, an operation, an alias or a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n command</numerusform>
            <numerusform>%n commands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ConfigPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows exactly what will change in your files, then saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload to see the new version%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (your unsaved edits are then lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is deployed and under which name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names containers and the proxy service; letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository name in the registry, without the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers &amp; roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or name of a new host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How kamal-proxy routes requests to the app and checks its health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain the app answers on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;HTTPS (Let&apos;s Encrypt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a host name that points at the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port the app listens on inside its container (default 80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must answer 200 when the app is ready (default /up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check &amp;interval (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check &amp;timeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before one check fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response timeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a request may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables for the app&apos;s containers. Secret values live in .kamal/secrets and the keychain, never here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret variables (values from .kamal/secrets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where images are pushed and pulled. The password is a secret name, not a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ghcr.io; empty for Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the image is built before it is pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amd64 or arm64 (the servers&apos; CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: a clean clone of git HEAD; . for the working tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote builder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh://user@host to build on another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Berth and Kamal reach the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host or user@host to connect through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases, caches and backups that run beside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts for commands you run often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retained containers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old releases kept for rollback (default 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy timeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a new version may take to become healthy (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rain timeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long old containers may finish requests (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness &amp;delay (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For roles without the proxy (default 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Kamal accepts this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines will change; nothing else in your files moves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Kamal&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the accessory “%1”. Set its secrets on the Secrets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts of each role (web runs the proxy; others such as job run workers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the app under a path, e.g. /app (comma-separated for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect HTTP to HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With automatic HTTPS, send plain HTTP requests to HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamal-proxy reads whole requests before passing them on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamal-proxy reads whole responses before sending them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention, timeouts, boot order and logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop timeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long docker stop waits before killing a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boot limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts started at a time: a number, or a share such as 25%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot &amp;wait (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait after each group of hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker log driver; without one, logs are capped at 10 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the file directly; changes apply as you type, with undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs instead of the image&apos;s CMD, e.g. bin/jobs for a worker role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 512m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;&amp; &amp;options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables for this role only, on top of the Environment section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward X-Forwarded-* headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the client&apos;s address and protocol on to the app (kamal-proxy does this by default without HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers logged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache-Control, Last-Modified, User-Agent (Kamal&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers logged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Proxy container&lt;/b&gt; — shared by every app on a host; changes apply on the next proxy reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port for plain HTTP (default 80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port for HTTPS (default 443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposes Prometheus metrics on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log size limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s max-size for the proxy&apos;s log (default 10m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamal-proxy image tag (Kamal 2.12 uses v0.9.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the proxy is only reachable on the Docker network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamal-proxy logs every request in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build locally for matching architectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: always use the remote builder, even for this machine&apos;s architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gha or registry; empty for no build cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the registry cache: the image that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra cache options, e.g. mode=max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build secrets (names from .kamal/secrets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the keys listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore other keys from the agent and ~/.ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s keys and ~/.ssh/id_* (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. app exec -i --reuse &quot;bin/rails console&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. max-size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers are written as a plain list of hosts, the single role “web”. To give a role its own command, options, labels or variables, write its hosts under servers/web/hosts in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1” is written as a plain list of hosts. To give it its own command, options, labels or variables, write its hosts under servers/%1/hosts in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already there; edit its value in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the configuration? Its container and data on the servers stay until you remove them there (Servers page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in these files are computed by Ruby code, which Berth keeps as written and does not run by itself.</source>
        <translation>
            <numerusform>%n value in these files is computed by Ruby code, which Berth keeps as written and does not run by itself.</numerusform>
            <numerusform>%n values in these files are computed by Ruby code, which Berth keeps as written and does not run by itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ruby says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering with Ruby…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields show what Ruby computes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Ruby to see those values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Running Ruby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Values with Ruby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the Ruby code in these files on this computer, as the kamal command does, only to show the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Ruby code, which Berth does not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Ruby: ••••••• (hidden: it looks like a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Ruby: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  — set in .kamal/secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  — ⚠ not set: define it in .kamal/secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the variable %1 = %2 — &lt;a href=&quot;%1&quot;&gt;change %1…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from %1, with the variable %2 — &lt;a href=&quot;%2&quot;&gt;change %2…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ConnectPrompter</name>
    <message>
        <source>The private key “%1” is protected by a passphrase, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given for the private key “%1”, so Berth could not log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is not in your known_hosts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host %1, through which Berth reaches %2, is not in your known_hosts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Jump Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It presents the key %1 %2. Compare the fingerprint with what your provider or the server shows before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::DeployPage</name>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove old containers and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image already in the &amp;registry (no build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys a version that was built and pushed before (kamal deploy --skip-push)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the plan on the servers (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the running command; the deploy lock is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the steps on each host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this step&apos;s output (Ctrl+F, Enter for the next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version to go back to (see Releases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the git commit (HEAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the plan to see every step and command before anything runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the running command; the deploy lock will be released…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which version to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets are still being read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These secrets are not set, and Kamal would stop at them: %1. Set them on the Secrets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing and checking the servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of version %2: %n step(s) on %3. Nothing runs until you press Start; select a step to see its commands.</source>
        <translation>
            <numerusform>%1 of version %2: %n step on %3. Nothing runs until you press Start; select a step to see its commands.</numerusform>
            <numerusform>%1 of version %2: %n steps on %3. Nothing runs until you press Start; select a step to see its commands.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of %1 changed since it was trusted (%2): someone may be intercepting the connection. If the server was rebuilt, remove its old line with: ssh-keygen -R %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These servers are not in your known_hosts yet. Compare the fingerprints with what your provider shows, then trust them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ran: the new servers were not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped, %4 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1… Select a step to follow its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias “%1” opened in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth runs aliases of app exec and accessory exec here; for “%1”, run berth-cli alias in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Its Lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy It Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of version %2 (started %3) never finished: Berth stopped during %4. Release its deploy lock, then deploy again to bring every host to one version — or run berth-cli recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a terminal for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in a terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs from this computer: who, what, version, each step&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish on Live Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host serves the version kamal-proxy serves now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host goes back to the version live before the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at what the servers run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of the interrupted run cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish on the Live Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host goes back to version %1, live before the interrupted run (%2). On each host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host serves version %1, the one kamal-proxy serves now. On each host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::DeployTimelineModel</name>
    <message>
        <source>(upload %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(wait until the container is ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(wait %n second(s))</source>
        <translation>
            <numerusform>(wait %n second)</numerusform>
            <numerusform>(wait %n seconds)</numerusform>
        </translation>
    </message>
    <message>
        <source>Will run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(earlier output dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ExecDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app (every role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app, role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the running container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a new container of the image, removed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml names no host for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your terminal with an ssh session on %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Runs on %n host(s) (%1), %2; the output shows on the Deploy page, host by host, with secrets hidden.</source>
        <translation>
            <numerusform>Runs on %n host (%1), %2; the output shows on the Deploy page, host by host, with secrets hidden.</numerusform>
            <numerusform>Runs on %n hosts (%1), %2; the output shows on the Deploy page, host by host, with secrets hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::HistoryDialog</name>
    <message>
        <source>Run History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version / host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs, each with its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected step said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step that failed to read why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the run history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet: deploys and other operations started from this computer appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) from this computer, newest first. Expand one to see each step&apos;s time per host.</source>
        <translation>
            <numerusform>%n run from this computer, newest first. Expand one to see each step&apos;s time per host.</numerusform>
            <numerusform>%n runs from this computer, newest first. Expand one to see each step&apos;s time per host.</numerusform>
        </translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted, dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::KeyValueEditor</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by an ERB tag; change it in the YAML view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ListEditor</name>
    <message>
        <source>New item for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of a Kamal project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which config/deploy.&lt;destination&gt;.yml is merged over deploy.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Kamal Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aliases in deploy.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Deploy page is busy; run the command when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs attention. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try It Locally…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the demo project to sandbox servers on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and run a page, an operation, an alias or a recent project by typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::PassphraseDialog</name>
    <message>
        <source>Key Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key “%1” is protected by a passphrase. Berth uses it for every server until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not open the key. Try again (attempt %1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase remembered in the keychain no longer opens this key. Enter the current one; it replaces the remembered one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the passphrase in your system&apos;s keychain, so Berth does not ask next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ReleasesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions on the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;Back to This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to see the versions the servers keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is live on every host of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not kept on every host of %2 any more (%3 of %4), so Kamal cannot roll back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) kept on the servers. Select one to roll back to it.</source>
        <translation>
            <numerusform>%n version kept on the servers. Select one to roll back to it.</numerusform>
            <numerusform>%n versions kept on the servers. Select one to roll back to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some servers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RestoreConfirmDialog</name>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Restore &lt;b&gt;%1&lt;/b&gt; on %2 from the backup of &lt;b&gt;%3 UTC&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;First, Berth checks that the backup restores cleanly in a throwaway database and takes a &lt;b&gt;safety backup&lt;/b&gt; of the current data. Then the backup replaces the database: changes made since %3 are lost (the safety backup keeps them).&lt;/p&gt;&lt;p&gt;Type the database name to confirm:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name to confirm the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::SandboxDialog</name>
    <message>
        <source>Try It Locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth starts servers on this computer (network namespaces with SSH and Docker, an image registry and S3) and deploys the demo project to them: your first deploy, without renting a server. It asks for the administrator password once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is up. Deploying the demo to %1 — follow it on the Deploy page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo runs in the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy did not finish: the Deploy page says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::SecretsPage</name>
    <message>
        <source>Project environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to &amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected value while the button is held down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .env…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the values of a .env file into the keychain, checks each one, then offers to delete the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets Kamal reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets from .kamal/secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove Command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets Berth run the selected command from the secrets files, as Kamal does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables kept in the OS keychain for the default destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables kept in the OS keychain for the destination “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml reads them through ERB, and .kamal/secrets through $NAME, before your shell&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain cannot be used: %1 Berth keeps values only there, never in a file; until it works, values come from your shell&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the keychain any more: %1. Set them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret, in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain, in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from your shell&apos;s environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml reads %1 and nothing sets it: add it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secrets files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set (written in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set (from variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set (by an approved command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: its command failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: waits for a command you have not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) set</source>
        <translation>
            <numerusform>%n secret set</numerusform>
            <numerusform>%n secrets set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not set</source>
        <translation>
            <numerusform>%n not set</numerusform>
            <numerusform>%n not set</numerusform>
        </translation>
    </message>
    <message>
        <source>read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: masked here and hidden in every log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, _ and . and do not start with a digit, so that Kamal can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and its value from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) moved into the keychain and read back to check them.</source>
        <translation>
            <numerusform>%n value moved into the keychain and read back to check it.</numerusform>
            <numerusform>%n values moved into the keychain and read back to check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds the plain values. Delete it now that the keychain has them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed; some values are only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to .gitignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To set %1, .kamal/secrets runs this command on this computer, as Kamal does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it now and whenever Berth reads the secrets of this project? The approval is for this exact command text only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets files: Kamal reads %1 for this destination, and none exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ServerView</name>
    <message numerus="yes">
        <source>Looking at %n server(s)…</source>
        <translation>
            <numerusform>Looking at %n server…</numerusform>
            <numerusform>Looking at %n servers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ServersPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the &amp;Lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers and their containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version or image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of the selected container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only release a lock nobody is using: a deploy that is still running would go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Release Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to look at the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app, role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy lock held on %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deploy lock is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 running, %2 stopped on %n server(s).</source>
        <translation>
            <numerusform>%1 running, %2 stopped on %n server.</numerusform>
            <numerusform>%1 running, %2 stopped on %n servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reachable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a &amp;Command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a command in the app&apos;s or an accessory&apos;s container, as kamal app exec and kamal accessory exec do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::WelcomePage</name>
    <message>
        <source>Berth logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy your apps to your own servers with Kamal — and see every step. Open the folder of a Kamal project: the one that contains config/deploy.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try It Locally…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the demo project to sandbox servers on this computer: no server to rent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::KeychainSecretStore</name>
    <message>
        <source>%1 is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to %1. Unlock the keychain and allow Berth to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keychain is available for %1. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet; on Windows and macOS, sign in to your user account&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain accepted a value but did not give it back. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ProjectEnvironment</name>
    <message>
        <source>“%1” is not a variable name Kamal can use: use letters, digits, _ and .; do not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not keep %1. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value runs a command ($(…)); Berth does not run commands from an imported file. Set this value by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name starts with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the project folder, so the project&apos;s .gitignore cannot cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCli</name>
    <message>
        <source>berth-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth&apos;s command line: the same engine as the desktop app, for CI and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --version: also the library versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: no command given. Run “berth-cli --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: unknown command “%1”. Run “berth-cli --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known hosts:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: cannot run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox: the demo project on servers that run on this machine (Linux; the test environment of Berth&apos;s source, tests/env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With down: really stop the sandbox servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli sandbox: say up, deploy, status or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not prepared yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli sandbox down stops every sandbox server (the whole test environment, tests/env/testenv down). Add --yes to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo answers at %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCliBackups</name>
    <message>
        <source>%1 (accessory %2 on %3, s3://%4/%5/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of the Postgres accessory, taken by a postgres-backup-s3 accessory (as on the Backups page): list them, back up now, restore, download and verify with a restore drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup accessory (default: the first one deploy.yml has).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: a JSON array, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: the name of the database, to confirm that it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download: the file to write (default: the object&apos;s name, in the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download: decrypt with the local gpg and the accessory&apos;s PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every $(…) command of the secrets files, approved or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust servers whose keys are not in known_hosts yet (never changed ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list [--json] | now | restore TIMESTAMP --confirm DATABASE | download TIMESTAMP [-o FILE] [--decrypt] | verify TIMESTAMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli backups: unknown subcommand “%1”; use list, now, restore, download or verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli backups %1: wrong number of arguments (berth-cli backups --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli backups restore: a restore replaces the database; confirm with --confirm and the database&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli backups: there is no destination “%1” (no config/deploy.%1.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml has no backup accessory (postgres-backup-s3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli backups: there is no backup accessory “%1” in deploy.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli backups restore: “%1” is not the database&apos;s name (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli backups %1: there is no backup of %2 from %3 under s3://%4/%5/ (berth-cli backups list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is not encrypted: it is saved as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli backups download: this backup is encrypted, but the accessory has no PASSPHRASE to decrypt it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety backup of the previous data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCliCommon</name>
    <message>
        <source>Project folder (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination (config/deploy.&lt;destination&gt;.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file (default: ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCliConfig</name>
    <message>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Configuration is valid (%n warning(s)).</source>
        <translation>
            <numerusform>Configuration is valid (%n warning).</numerusform>
            <numerusform>Configuration is valid (%n warnings).</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1 warning(s).</source>
        <translation>
            <numerusform>%n error, %1 warning(s).</numerusform>
            <numerusform>%n errors, %1 warning(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check, read and edit config/deploy.yml as Kamal reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file (default: config/deploy.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination (config/deploy.&lt;destination&gt;.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get: print the text as written, ERB tags included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: write the value as a string even if it looks like a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check | get PATH | set PATH VALUE | show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli config get: give one PATH, e.g. proxy/app_port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli config get: %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli config set: give PATH and VALUE, e.g. proxy/app_port 3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli config set: %1 is not UTF-8; Berth does not edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli config: unknown subcommand “%1”; use check, get, set or show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCliHistory</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (berth-cli recover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s past runs from this computer (deploys, rollbacks, …), newest first, read from Berth&apos;s run journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N runs (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also every step per host, with its duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (steps included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of every project, not just this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli history: -n needs a number of runs, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet: deploys and other operations started from this computer appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCliOperation</name>
    <message>
        <source> (always runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (may fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (if %1 was found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (unless %1 was found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload %1 (mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait until ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wait %n second(s)</source>
        <translation>
            <numerusform>wait %n second</numerusform>
            <numerusform>wait %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs a Kamal operation on the servers, as the kamal command would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to deploy (default: git HEAD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy an image already in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock acquire: why the lock is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every $(…) command of the secrets files, approved or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust servers whose keys are not in known_hosts yet (never changed ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli lock acquire: say why with -m MESSAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: there is no destination “%1” (no config/deploy.%1.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: deploy.yml has no alias “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: the alias “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: OpenSSH (ssh) could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: in the running container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: with a terminal, through your OpenSSH (on the primary host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds a run that was interrupted (Berth killed, the computer asleep), shows where it stopped and what the servers run, and finishes it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the run&apos;s own lock, then run the same operation again to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only release the run&apos;s own deploy lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the run as dealt with; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interrupted run for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: berth-cli %1 (version %2), started %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last step: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped during: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no app container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy lock is still held by this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deploy lock is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else holds the deploy lock:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (Berth only: not in Kamal&apos;s sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote command that prints nothing for this many seconds counts as a lost connection (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: --inactivity-timeout needs a whole number of seconds, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove, app remove, accessory remove, proxy reboot: go ahead without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli %1: this removes or restarts things on the servers (see berth-cli plan %1). Run it again with --yes to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app exec: only on the hosts of this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan: run the plan against servers described in a JSON file instead of listing its steps, and print each host&apos;s commands (docs/simulation.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: this many lines from each server (default 100; 10 when following).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: since a time (2026-01-02T13:23:37Z) or for a while (42m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: only lines matching this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: follow on the primary host until Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy remove: even when other apps on the servers use kamal-proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup | deploy | redeploy | rollback VERSION | app boot|stop|start|remove|details|containers|images|logs|maintenance|live | accessory boot|reboot|remove|details|start|stop [NAME|all] | accessory logs NAME | proxy boot|reboot|details|logs|remove | prune | remove | lock acquire|release|status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: say which operation: setup, deploy, redeploy, rollback VERSION, app boot|stop|start|remove|details|containers|images|logs|maintenance|live, accessory boot|reboot|remove|details|start|stop [NAME|all], accessory logs NAME, proxy boot|reboot|details|logs|remove, prune, remove, lock acquire|release|status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: --lines needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app exec: only on these hosts (comma separated, hosts of deploy.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: --hosts takes a comma separated list of hosts, for app exec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring every host to the version kamal-proxy serves now, and release the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring every host back to the version that was live before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: %1; kamal-proxy serves: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): not possible. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, version %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish on the live version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live before the run: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli recover: choose one of --resume, --finish-live, --rollback and --release-lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: --resume (release this run&apos;s lock and run “%1” again to the end), --finish-live, --rollback (as above), --release-lock (only release this run&apos;s lock), or --forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli recover: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCliProjectSecrets</name>
    <message>
        <source>%1: the keychain cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: .kamal/secrets needs this command to run: %2 — approve it on the Secrets page, or pass --allow-commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCliReleases</name>
    <message>
        <source>Shows the versions the servers keep per role, and which one is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version on the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on %1 of %2 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCliSecrets</name>
    <message>
        <source>Value for %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables substituted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project environment in the OS keychain, and .kamal/secrets as Kamal resolves it. Values are read from standard input, never from arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, import: store as a plain (not secret) value, shown and not redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve: run every $(…) command in the secrets files, approved or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve: print the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets %1: wrong number of arguments (berth-cli secrets --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets: there is no destination “%1” (no config/deploy.%1.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No variables in the project environment for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets set: “%1” is not a variable name Kamal can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets set: no value on standard input (e.g. printf %s &quot;$VALUE&quot; | berth-cli secrets set %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets unset: %1 is not in the project environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) imported, %1 skipped. %2 was not changed.</source>
        <translation>
            <numerusform>%n value imported, %1 skipped. %2 was not changed.</numerusform>
            <numerusform>%n values imported, %1 skipped. %2 was not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 is in the project environment but not in the keychain; resolving without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command failed (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs approval to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	not resolved (%2:%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve these commands in Berth&apos;s Secrets page, or run again with --allow-commands to run them once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is in the project environment but not in the keychain; running without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets exec: “%1” was not found; check the name or PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets exec: could not start “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets exec: “%1” ended abnormally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | get NAME | set NAME | unset NAME (rm) | import FILE (import-env) | resolve | exec -- COMMAND [ARGUMENTS…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets: unknown subcommand “%1”; use list, get, set, unset, import, resolve or exec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli secrets get: %1 is not in the project environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>Berth cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; Berth shows it but will not edit it, so no byte of it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigSession</name>
    <message>
        <source>%1 is not UTF-8; Berth does not edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration cannot be read; fix it in the YAML view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since Berth read it. Reload it (your unsaved edits are lost) or save elsewhere first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erb</name>
    <message>
        <source>it runs a shell command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reads a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it defines a Ruby method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it repeats text in a Ruby loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it depends on a condition Berth cannot evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sets Ruby variables for later tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses “%1”, which only Ruby can evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it loads a .env file, which Berth cannot read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it loads the Ruby library “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses Ruby that Berth does not evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Ruby: %1. Berth keeps the text up to its “end” as written, which may differ from what Kamal renders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Ruby: %1. Berth keeps the template as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal evaluates this tag when it runs; Berth shows and saves it unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in the project&apos;s environment or in the shell that runs Kamal: ENV.fetch stops Kamal when it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruby raises NoMethodError here, and Kamal stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set, so ENV[&quot;%1&quot;] is nil. Set it, or give it a default with ENV.fetch(&quot;%1&quot;, &quot;…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERB tag not closed: “%1” has no matching “%&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%&gt;” where the Ruby code ends. Ruby would print the rest of the file as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no matching “end”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its branches are not in Ruby&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains Ruby that Berth does not evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Ruby: Berth cannot render this “%1” block exactly (%2), so it keeps the text of every branch as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Ruby: “%1” belongs to no block Berth knows of. Berth keeps the template as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecDialog</name>
    <message>
        <source>Run a Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to run the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: bin/rails db:migrate:status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the running &amp;container (--reuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the command in the container that is running now (docker exec) rather than in a new container of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interactive (opens a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your terminal with an ssh session on the first host, for a shell or a console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how the command runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts to run the command on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the checked hosts (--hosts); Space checks or unchecks the selected one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCheckExplainer</name>
    <message>
        <source>kamal-proxy did not switch to it; requests still go where they went before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the container printed nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new container %1 stopped (exit code %2) before it passed the health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last lines below say why: often a missing environment variable or secret, or a database it cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamal-proxy: GET %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s health check of the new container %1 reports it unhealthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the HEALTHCHECK of the image; the container&apos;s last lines below may say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new container %1 was not ready within the deploy timeout (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the app needs longer to start, raise deploy_timeout or readiness_delay in deploy.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check path %1 answers with a redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check path %1 redirects to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check does not follow redirects to https: exempt %1 from the app&apos;s https redirect (Rails: ssl_options redirect exclude), or set proxy.healthcheck.path to a path that answers 200 directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered on port %1 inside the new container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set proxy.app_port in deploy.yml to the port your app listens on (it is %1 now), and make the app listen on 0.0.0.0 rather than 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check path %1 answers 404 Not Found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a route at %1 that answers 200 once the app is up (Rails 7.1 and later have /up), or set proxy.healthcheck.path in deploy.yml to one that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check path %1 answers %2: the app runs but reports an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s last lines below usually say why (a database, cache or secret it cannot reach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app did not answer %1 within the health check&apos;s timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is slow to start or to answer, raise proxy.healthcheck.timeout or deploy_timeout (%1 s now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new container did not pass the health check at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamal-proxy&apos;s and the container&apos;s last lines are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new container was not healthy within the deploy timeout (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the app needs longer to start, raise deploy_timeout in deploy.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new container %1 did not go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s last lines are below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostConnector</name>
    <message>
        <source>The key of %1 changed since it was trusted (%2 %3): someone may be intercepting the connection. If the server was rebuilt, remove its old line with: ssh-keygen -R %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in known_hosts yet; its key is %2 %3. Check the fingerprint, then accept it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KamalConfig</name>
    <message>
        <source>The configuration is not a YAML mapping, so Berth cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration does not set “service”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KamalLint</name>
    <message>
        <source>Kamal 2 replaced Traefik with kamal-proxy. Remove the `traefik` section and set up routing under `proxy:` (host, ssl, app_port); Traefik args and labels have no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write `proxy: true` (or a `proxy:` section) on the role instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal 2 health checks belong to the proxy: move `path` and `interval` to `proxy: healthcheck:` and a `port` to `proxy: app_port:`. Roles without the proxy use the image&apos;s Docker HEALTHCHECK instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal 2 calls this `drain_timeout` (or `stop_timeout` for `docker stop`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal 2 calls this `primary_role`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the architectures instead: `arch: amd64` or `arch: [amd64, arm64]`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration is empty or not a map of keys to values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with `service:`, `image:`, `servers:` and `registry:`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML reads a bare `no` as false: write `restart: &quot;no&quot;`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal 2 needs `builder: arch:`, e.g. `arch: amd64` for most servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt issues certificates for names: add `host: app.example.com` (a name that resolves to the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This configuration sets `require_destination: true`: pick a destination (deploy.&lt;destination&gt;.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt needs one server per host name: put a load balancer in front, or give `ssl:` a certificate_pem and private_key_pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessories/%1: `tag` selects hosts from roles, but `servers` has no roles; Kamal 2.12 fails on this configuration (NoMethodError).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the hosts with `host:`/`hosts:`, or group `servers` by role and tag hosts there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` is Kamal 1 configuration; Kamal 2 rejects it as an unknown key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`builder: remote:` with `arch`/`host` inside is Kamal 1 syntax; Kamal 2 expects a connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write `remote: ssh://user@builder-host` and list the architectures in `builder: arch:`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`builder: local:` with `arch`/`host` inside is Kamal 1 syntax; in Kamal 2 `local` is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the architectures in `builder: arch:` and drop `local` (or set `local: false` to always build remotely).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Traefik label `%1` has no effect: Kamal 2 routes with kamal-proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it and route with `proxy: host:` / `proxy: path_prefix:`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes port %2 on every network interface of its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;%1&quot; to reach it only from the host (the app reaches it over the kamal network anyway). Docker&apos;s published ports bypass firewalls such as UFW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL is on but no host name is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add `host: app.example.com` next to `ssl:` — Let&apos;s Encrypt issues certificates for a name that points at the server, not for an IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a secret but its value is written in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 under `env: secret:` and put the value in .kamal/secrets; clear values end up in the repository and in `docker inspect`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check path &quot;%1&quot; does not start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;/%1&quot;: kamal-proxy requests the path as written, and without the &apos;/&apos; the check fails and the deploy times out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` is set twice in the same map (first on line %2); only this last value counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of the two `%1` entries, or merge them into one; YAML silently ignores the earlier value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KamalPlan</name>
    <message>
        <source>Build and push the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the run directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquire the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Docker network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start kamal-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop stale containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before the next hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the latest image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove old containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unused images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot accessory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that version %1 is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml has no accessory “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Docker is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove accessory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop accessory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart kamal-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove kamal-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the app&apos;s containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the app&apos;s containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the app&apos;s images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the app&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the app&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the app in maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the app live again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show accessory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the logs of accessory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start accessory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show kamal-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show kamal-proxy&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the interrupted run&apos;s deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KamalSimulation</name>
    <message>
        <source>The simulated state is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container of %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPassphrases</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key “%1” is protected by a passphrase, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the private key “%1” was wrong %2 times. Check it with “ssh-keygen -y -f %1”, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkInfo</name>
    <message>
        <source>no TLS backend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>%1 is not a git repository with a commit, so Berth cannot name the version the way Kamal does. Commit your work, or give a version (--version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal would refuse this configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 computes a value with Ruby code Berth does not run (%3). Replace it with a variable (ENV[&quot;NAME&quot;], set on the Secrets page), or run this with the kamal command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessory “%1” uploads %2, an ERB template; Berth does not render those yet. Use the kamal command for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessory “%1” uploads %2, which cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the %1 hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a clean copy of commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml names no host to run the command on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container of role %1 is running on %2: deploy first, or run the command in a new container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml has no accessory “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only app exec and accessory exec run interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy.yml has no role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a host of the app in deploy.yml (its hosts: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host of role %1 is among %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit config/deploy.yml and its destinations through forms, with Kamal&apos;s own validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep passwords and keys in the system keychain instead of a .env file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the plan, deploy, and follow every step on every host as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions kept on your servers, which one is live, and one-click rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hosts, their containers, logs, accessories and the deploy lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, take, verify and restore the encrypted Postgres backups in your bucket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>%1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled; the deploy lock was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed; see the step that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth cannot run commands on %1 yet (remote builder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” found nothing on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exit status %2 of “%3” on %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step changes the server, so Berth does not repeat it blindly: once %1 is reachable again, run the operation again (or roll back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost (%2). Connecting again in %n second(s) to repeat “%3”, which is safe to repeat.</source>
        <translation>
            <numerusform>The connection to %1 was lost (%2). Connecting again in %n second to repeat “%3”, which is safe to repeat.</numerusform>
            <numerusform>The connection to %1 was lost (%2). Connecting again in %n seconds to repeat “%3”, which is safe to repeat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 again; “%2” is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached again within %n second(s): %2</source>
        <translation>
            <numerusform>%1 could not be reached again within %n second: %2</numerusform>
            <numerusform>%1 could not be reached again within %n seconds: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The new container on %1 did not become ready within %2 s (last status: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file. Choose the project folder that contains config/deploy.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no config/deploy.yml, so it is not a Kamal project yet. Choose the folder that contains config/deploy.yml, or run “kamal init” in this folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth cannot read “%1”. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%1 could not be inspected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release the interrupted run&apos;s deploy lock, take a new one for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the deploy lock for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 serves %2 already: no boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container of version %1 is left on %2 to boot it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 serves nothing: boot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 serves %2: boot %3, switch kamal-proxy to it and stop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop %1, left running by the interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1 as the latest image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal does not name the version the run was deploying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still serves %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest container of another version on %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on %1 shows which version was live before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts disagree on the version live before: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else holds the deploy lock:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version is live: kamal-proxy routes to no container of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts serve different versions (%1): resume, or roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version live before is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubyErbRenderer</name>
    <message numerus="yes">
        <source>Ruby did not finish rendering within %n second(s); a tag in the file may be waiting for a command or the network.</source>
        <translation>
            <numerusform>Ruby did not finish rendering within %n second; a tag in the file may be waiting for a command or the network.</numerusform>
            <numerusform>Ruby did not finish rendering within %n seconds; a tag in the file may be waiting for a command or the network.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ruby is not installed, so Berth cannot show values computed by Ruby. Install Ruby (it includes ERB) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruby could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruby could not render the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>Berth cannot write its run journal in %1; without it a run that is interrupted could not be recovered. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth cannot write its run journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>S3Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”. Choose another folder or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check this computer&apos;s network, a firewall or VPN, and the endpoint address (S3_ENDPOINT).</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Check this computer&apos;s network, a firewall or VPN, and the endpoint address (S3_ENDPOINT).</numerusform>
            <numerusform>%1 did not answer within %n seconds. Check this computer&apos;s network, a firewall or VPN, and the endpoint address (S3_ENDPOINT).</numerusform>
        </translation>
    </message>
    <message>
        <source>The storage host %1 could not be found (DNS). Check the endpoint (S3_ENDPOINT) for typos and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening there. Check the endpoint&apos;s address and port (S3_ENDPOINT) and that the storage service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be set up. Check that the endpoint uses https with a valid certificate, and this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check this computer&apos;s network and the endpoint (S3_ENDPOINT), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request signature for bucket “%2”. Check that the secret access key (S3_SECRET_ACCESS_KEY) belongs to the access key ID, and that this computer&apos;s clock and time zone are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the server&apos;s.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute off the server&apos;s.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes off the server&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused the request because this computer&apos;s clock is wrong (%n minute(s) off). Set the clock automatically (NTP) and try again.</source>
        <translation>
            <numerusform>%1 refused the request because this computer&apos;s clock is wrong (%n minute off). Set the clock automatically (NTP) and try again.</numerusform>
            <numerusform>%1 refused the request because this computer&apos;s clock is wrong (%n minutes off). Set the clock automatically (NTP) and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not know the access key ID used for bucket “%2”. Check S3_ACCESS_KEY_ID: a typo, a deleted key, or a key of another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bucket “%1” on %2. Check S3_BUCKET and the endpoint (S3_ENDPOINT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in bucket “%2” on %3 (any more): it may have been deleted, e.g. by BACKUP_KEEP_DAYS. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 denied access to bucket “%2”: the keys are valid but not allowed to do this. Give the key permission to list and read the bucket (s3:ListBucket, s3:GetObject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 denied access to bucket “%2”. Check the keys (S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), this computer&apos;s clock, and the key&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket “%1” is in region “%2”, not “%3”. Set S3_REGION to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says bucket “%2” must be reached through another endpoint or region. Check S3_ENDPOINT and S3_REGION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid bucket name on %2. Check S3_BUCKET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). Try again in a minute; if it persists, check the provider&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request for bucket “%2” (HTTP %3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>S3Xml</name>
    <message>
        <source>The storage service answered the listing with a “%1” document instead of a bucket listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage service sent a bucket listing Berth cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsFile</name>
    <message>
        <source>Line exports %1 without a value and no earlier line sets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal stops with Dotenv::FormatError (“has an unset variable”); give the key a value or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a KEY=value line; Kamal ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as KEY=value, or start it with # to make it a comment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsResolver</name>
    <message>
        <source>kamal secrets extract needs a NAME and the JSON from kamal secrets fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamal secrets extract %1: the secrets are not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth fetches from %1 through Kamal, and the kamal command is not installed. Install Kamal (gem install kamal) so that kamal is on the PATH, or set the values in Berth&apos;s project environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the command did not finish within %n second(s) and was stopped</source>
        <translation>
            <numerusform>the command did not finish within %n second and was stopped</numerusform>
            <numerusform>the command did not finish within %n seconds and was stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>the command crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command exited with code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $(%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal uses the output anyway; check that it is the value you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets files: none of %1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal stops at the first secret it needs; create %1 or set the values in Berth&apos;s project environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerInspector</name>
    <message>
        <source>docker ps failed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshCommand</name>
    <message>
        <source>The private key “%1” needs its passphrase, and there is no terminal to ask it on. Remember it in the keychain once with “%2” (it reads the passphrase from standard input), or add the key to ssh-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not open the key (attempt %1 of %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase remembered in the keychain no longer opens the key.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given for the private key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key passphrases in the OS keychain: remember-passphrase KEYFILE reads the passphrase from standard input (without echo on a terminal), checks that it opens the key and stores it; forget-passphrase KEYFILE removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember-passphrase or forget-passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli ssh: say remember-passphrase KEYFILE or forget-passphrase KEYFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 is not in the keychain any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli ssh: there is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli ssh: “%1” is not a private key protected by a passphrase; there is nothing to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli ssh: no passphrase on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli ssh: that passphrase does not open “%1”; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 is in the keychain; runs use it without asking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>Could not start an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1:%2. Check that the server is on, that the address and port are right, and that a firewall lets SSH through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check %1&apos;s host key against “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1&apos;s host key to the known hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH agent has no key that %1 accepts. Add your key with “ssh-add”, or set the key file in the SSH settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a channel to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while “%2” was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while running “%3”; the connection is probably lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while sending data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s libssh cannot run a proxy command. Use a jump host (ssh.proxy) instead of ssh.proxy_command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed: the server now presents %2 %3, but line %4 of “%5” holds another key for it. Someone may be intercepting the connection (a man-in-the-middle attack), so Berth stops here. If you know the server was rebuilt or its SSH keys were regenerated, delete line %4 of “%5” (or run “%6”), then connect again and check the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed: the server now presents %2 %3, but “%4” holds another key for it. Someone may be intercepting the connection (a man-in-the-middle attack), so Berth stops here. If you know the server was rebuilt or its SSH keys were regenerated, run “%5”, then connect again and check the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in “%2” yet. It presents the key %3 %4: compare that fingerprint with the server&apos;s own (“ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub” on the server) before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the private key “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key “%1” is protected by a passphrase, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the private key “%1” is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the private key “%1”. Check that the file is an OpenSSH or PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key data %1 is not an unencrypted OpenSSH or PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 refused the key %2. Check that its public key is in the server&apos;s authorized_keys for this user.</source>
        <translation>
            <numerusform>%1 refused the key %2. Check that its public key is in the server&apos;s authorized_keys for this user.</numerusform>
            <numerusform>%1 refused the keys %2. Check that their public keys are in the server&apos;s authorized_keys for this user.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key to log in to %1: keys_only is set, but no key file or key data is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host “%1” is a chain of jump hosts; Berth supports one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a jump host; write it as host, user@host or user@host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the jump host %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth stopped at the jump host. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host&apos;s key is not trusted yet. %1 To trust it, log in to the jump host once with “%2” and accept its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in to the jump host %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host %1 could not open a connection to %2:%3. Check that it can reach that server and allows TCP forwarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the tunnel through the jump host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not start the command; the connection may have dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to the jump host %1: its key %2 %3 was not trusted. Compare the fingerprint with the server&apos;s own, then connect again and trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the jump host %1&apos;s key to the known hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>No terminal program was found to open an interactive session. Set the TERMINAL environment variable, or install a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlEditor</name>
    <message>
        <source>The file cannot be read as YAML; fix it in the YAML view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth cannot find where “%1” is written; edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a list or a map, not a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” spans several lines; edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is computed by an ERB tag in the file. Change the variable it reads on the Secrets page, or edit the tag in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place to insert is produced by an ERB tag; edit the YAML view instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names an item of a list that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is written in flow style ({…} or […]); edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add “%1”: its parent is not a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty; set it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth cannot find the end of the list “%1”; edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth cannot find the items of “%1”; edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth could not change “%1” without disturbing the rest of the file; edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to insert is not a YAML map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth could not remove “%1” without disturbing the rest of the file; edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is written more than once; remove the extra copies in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth cannot find the item “%1”; edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” shares its line with other content; edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is produced by an ERB tag; edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains Ruby code (&lt;% … %&gt;); edit it in the YAML view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlTree</name>
    <message>
        <source>The YAML nests deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML expands to more than %1 nodes through aliases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Berth: deploy to your own servers with Kamal, and see every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal project folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show: config, secrets, deploy, releases, servers or backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to the file once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown color scheme “%1”; use system, light or dark.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
