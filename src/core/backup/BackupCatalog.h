#pragma once

#include "core/Result.h"
#include "core/backup/BackupSchedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Berth::Backup {

// One object of a bucket listing, as the storage layer reports it (berth_cloud's S3Object maps
// onto this; core knows nothing about networks).
struct StoredObject
{
    QString key;
    qint64 size = 0;
    QDateTime lastModified; // UTC
};

// One dump written by postgres-backup-s3: `<prefix>/<db>_<YYYY-MM-DDTHH:MM:SS>.dump[.gpg]`.
struct BackupEntry
{
    QString key;
    QString database;
    QString timestamp; // "2024-01-27T03:00:00": what `sh restore.sh <timestamp>` takes
    QDateTime time; // the timestamp as UTC (the image's clock); show toLocalTime() beside it
    QDateTime lastModified; // when the upload finished (UTC); retention looks only at this
    qint64 size = 0;
    bool encrypted = false; // .dump.gpg (PASSPHRASE was set)

    [[nodiscard]] qint64 ageSeconds(const QDateTime &now) const { return time.secsTo(now); }
};

enum class Freshness {
    Fresh, // the newest backup is the last one the schedule asked for (within the grace)
    Overdue, // a scheduled run should have produced a newer backup by now
    NoBackups, // nothing for this database under the prefix
    NoSchedule, // SCHEDULE is empty: the container backs up once and exits
};

struct FreshnessReport
{
    Freshness state = Freshness::NoBackups;
    std::optional<BackupEntry> newest;
    QDateTime expectedBy; // Overdue/Fresh: when the next backup was or is due, plus the grace
    QString message; // one sentence for people
};

// What BACKUP_KEEP_DAYS will delete on the next run.
struct RetentionPreview
{
    bool enabled = false; // BACKUP_KEEP_DAYS is set
    QDate cutoffDay; // objects last modified before this UTC day are deleted
    QList<StoredObject> deleted; // every one of them, whatever database or file it is
    QList<BackupEntry> deletedBackups; // those that are backups of the database asked about
    QStringList warnings; // sentences for people
};

// The backups under one S3_PREFIX, parsed from a listing of that prefix. Pure (Qt Core only).
//
// List the bucket with the *raw* S3_PREFIX (no trailing slash), as the image's retention does:
// then the preview also sees what retention would touch outside `<prefix>/`.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BackupCatalog)

public:
    BackupCatalog(const QList<StoredObject> &objects, QString prefix);

    // `key` parsed as a backup under `prefix`; nullopt for anything else.
    [[nodiscard]] static std::optional<BackupEntry> parseKey(const QString &key,
                                                             const QString &prefix);

    [[nodiscard]] QString prefix() const { return m_prefix; }
    // Databases that have backups under the prefix, sorted.
    [[nodiscard]] QStringList databases() const;
    // Backups of exactly `database` (never `app2` or `app_staging` for `app`), newest first.
    [[nodiscard]] QList<BackupEntry> backups(const QString &database) const;
    [[nodiscard]] std::optional<BackupEntry> newest(const QString &database) const;
    // What `sh restore.sh` with no timestamp restores: it lists "<prefix>/<db>" (a prefix match:
    // `app` also sees `app2_…` and `app_staging_…`), sorts the `aws s3 ls` lines ("date time
    // size name", so by LastModified) and takes the last one, encrypted or not.
    [[nodiscard]] std::optional<StoredObject> restoreScriptLatest(const QString &database) const;
    // A sentence when that is not the newest backup of exactly `database` with the encryption
    // PASSPHRASE implies; empty when `sh restore.sh` does what one expects.
    [[nodiscard]] QString restoreScriptWarning(const QString &database, bool passphraseSet) const;

    // Objects of the listing that are not backups under `<prefix>/`.
    [[nodiscard]] const QList<StoredObject> &others() const { return m_others; }

    // Is the newest backup of `database` as recent as `schedule` promises? `grace` allows for
    // the dump and upload time (the key's timestamp is taken after pg_dump finished).
    [[nodiscard]] FreshnessReport freshness(const QString &database,
                                            const std::optional<BackupSchedule> &schedule,
                                            const QDateTime &now,
                                            std::chrono::seconds grace
                                            = std::chrono::hours(1)) const;

    // What the image's retention deletes when a backup runs at `runAt` (pass the schedule's next
    // run, or now). The rule, from backup.sh: cutoff = the UTC day of runAt − keepDays × 86400 s;
    // every object listed under the raw prefix whose LastModified is before that day is deleted
    // (a string comparison `LastModified <= '<cutoff> 00:00:00'`), whichever database it
    // belongs to. An empty `keepDays` disables retention.
    [[nodiscard]] Result<RetentionPreview> retentionPreview(const QString &database,
                                                            const QString &keepDays,
                                                            const QDateTime &runAt) const;

private:
    QString m_prefix;
    QList<BackupEntry> m_backups; // newest first
    QList<StoredObject> m_objects;
    QList<StoredObject> m_others;
};

} // namespace Berth::Backup
