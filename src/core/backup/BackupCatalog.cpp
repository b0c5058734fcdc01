#include "core/backup/BackupCatalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Berth::Backup {

namespace {

// `date +"%Y-%m-%dT%H:%M:%S"` in the image: exactly 19 characters.
constexpr qsizetype TimestampLength = 19;

QDateTime parseTimestamp(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QString formatAge(qint64 seconds)
{
    constexpr qint64 MinutesPerDay = 1440;
    const qint64 minutes = std::max<qint64>(seconds, 0) / 60;
    if (minutes >= 2 * MinutesPerDay)
        return BackupCatalog::tr("%n day(s)", nullptr, static_cast<int>(minutes / MinutesPerDay));
    if (minutes >= 120)
        return BackupCatalog::tr("%n hour(s)", nullptr, static_cast<int>(minutes / 60));
    return BackupCatalog::tr("%n minute(s)", nullptr, static_cast<int>(minutes));
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

std::optional<BackupEntry> BackupCatalog::parseKey(const QString &key, const QString &prefix)
{
    const QString folder = prefix + QLatin1Char('/');
    if (!key.startsWith(folder))
        return std::nullopt;
    QString name = key.mid(folder.size());
    // A database name has no '/': anything deeper is not this prefix's backup.
    if (name.contains(QLatin1Char('/')))
        return std::nullopt;
    BackupEntry entry;
    entry.key = key;
    if (name.endsWith(QLatin1String(".dump.gpg"))) {
        entry.encrypted = true;
        name.chop(9);
    } else if (name.endsWith(QLatin1String(".dump"))) {
        name.chop(5);
    } else {
        return std::nullopt;
    }
    // "<db>_<timestamp>": the timestamp has a fixed length, so the database is everything before
    // it — exact, even for names that themselves contain '_' or digits.
    if (name.size() < TimestampLength + 2
        || name.at(name.size() - TimestampLength - 1) != QLatin1Char('_'))
        return std::nullopt;
    entry.timestamp = name.right(TimestampLength);
    entry.time = parseTimestamp(entry.timestamp);
    if (!entry.time.isValid())
        return std::nullopt;
    entry.database = name.left(name.size() - TimestampLength - 1);
    return entry;
}

BackupCatalog::BackupCatalog(const QList<StoredObject> &objects, QString prefix)
    : m_prefix(std::move(prefix))
{
    for (const StoredObject &object : objects) {
        if (!object.key.startsWith(m_prefix))
            continue; // not in this listing's scope at all
        m_objects.append(object);
        if (auto entry = parseKey(object.key, m_prefix)) {
            entry->size = object.size;
            entry->lastModified = object.lastModified.toUTC();
            m_backups.append(*entry);
        } else {
            m_others.append(object);
        }
    }
    // Newest first; the key breaks ties so the order never depends on the listing's.
    std::sort(m_backups.begin(), m_backups.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.time != b.time ? a.time > b.time : a.key > b.key;
    });
}

QStringList BackupCatalog::databases() const
{
    QSet<QString> names;
    for (const BackupEntry &entry : m_backups)
        names.insert(entry.database);
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QList<BackupEntry> BackupCatalog::backups(const QString &database) const
{
    QList<BackupEntry> matching;
    for (const BackupEntry &entry : m_backups) {
        if (entry.database == database)
            matching.append(entry);
    }
    return matching;
}

std::optional<BackupEntry> BackupCatalog::newest(const QString &database) const
{
    for (const BackupEntry &entry : m_backups) {
        if (entry.database == database)
            return entry;
    }
    return std::nullopt;
}

std::optional<StoredObject> BackupCatalog::restoreScriptLatest(const QString &database) const
{
    const QString listed = m_prefix + QLatin1Char('/') + database;
    std::optional<StoredObject> latest;
    QString latestLine;
    for (const StoredObject &object : m_objects) {
        // `aws s3 ls` lists one level: deeper keys show as "PRE dir/" lines, which sort first.
        if (!object.key.startsWith(listed)
            || object.key.indexOf(QLatin1Char('/'), listed.size()) >= 0)
            continue;
        const QString line
            = object.lastModified.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            + QLatin1Char(' ') + QStringLiteral("%1").arg(object.size, 10) + QLatin1Char(' ')
            + object.key.section(QLatin1Char('/'), -1);
        if (!latest || line > latestLine) {
            latest = object;
            latestLine = line;
        }
    }
    return latest;
}

QString BackupCatalog::restoreScriptWarning(const QString &database, bool passphraseSet) const
{
    const auto latest = restoreScriptLatest(database);
    if (!latest)
        return {};
    const auto wanted = newest(database);
    const auto picked = parseKey(latest->key, m_prefix);
    if (!picked || picked->database != database || !wanted || picked->key != wanted->key)
        return tr("`sh restore.sh` without a timestamp would restore “%1”, which is not the newest "
                  "backup of “%2”. Restore with an explicit timestamp.")
            .arg(latest->key, database);
    if (picked->encrypted != passphraseSet)
        return picked->encrypted
            ? tr("The newest backup of “%1” is encrypted but PASSPHRASE is not set: restore.sh "
                 "would hand the encrypted file to pg_restore, which fails.")
                  .arg(database)
            : tr("The newest backup of “%1” is not encrypted but PASSPHRASE is set: restore.sh "
                 "tries to decrypt it and fails.")
                  .arg(database);
    return {};
}

FreshnessReport BackupCatalog::freshness(const QString &database,
                                         const std::optional<BackupSchedule> &schedule,
                                         const QDateTime &now, std::chrono::seconds grace) const
{
    FreshnessReport report;
    report.newest = newest(database);
    if (!schedule) {
        report.state = Freshness::NoSchedule;
        report.message = tr("SCHEDULE is empty: the backup container makes one backup and exits "
                            "(and, restarted by Docker, one more each time). Set SCHEDULE, e.g. "
                            "@daily.");
        return report;
    }
    if (!report.newest) {
        report.state = Freshness::NoBackups;
        report.message = tr("There is no backup of “%1” under “%2/” yet.").arg(database, m_prefix);
        return report;
    }
    const QDateTime due = schedule->nextAfter(report.newest->time);
    const QString age = formatAge(report.newest->ageSeconds(now));
    if (!due.isValid()) {
        report.state = Freshness::Fresh;
        report.message = tr("The newest backup of “%1” is %2 old; SCHEDULE “%3” never runs "
                            "again.")
                             .arg(database, age, schedule->spec());
        return report;
    }
    report.expectedBy = due.addSecs(grace.count());
    if (now > report.expectedBy) {
        report.state = Freshness::Overdue;
        report.message = tr("The newest backup of “%1” is %2 old: SCHEDULE “%3” should have made "
                            "another by %4. Check the backup container's logs.")
                             .arg(database, age, schedule->spec(), utcText(due));
    } else {
        report.state = Freshness::Fresh;
        report.message = tr("The newest backup of “%1” is %2 old; the next is due at %3.")
                             .arg(database, age, utcText(due));
    }
    return report;
}

Result<RetentionPreview> BackupCatalog::retentionPreview(const QString &database,
                                                         const QString &keepDays,
                                                         const QDateTime &runAt) const
{
    RetentionPreview preview;
    const QString days = keepDays.trimmed();
    if (days.isEmpty())
        return preview;
    static const QRegularExpression integer(QStringLiteral("^[+-]?\\d{1,7}$"));
    if (!integer.match(days).hasMatch())
        return fail(QStringLiteral("backup.keep-days"),
                    tr("BACKUP_KEEP_DAYS “%1” is not a whole number of days. The backup script "
                       "fails at the retention step, after each upload, and deletes nothing.")
                        .arg(keepDays));
    preview.enabled = true;
    const qint64 count = days.toLongLong();
    preview.cutoffDay = runAt.toUTC().addSecs(-count * 86400).date();

    for (const StoredObject &object : m_objects) {
        if (!object.lastModified.isValid()
            || object.lastModified.toUTC().date() >= preview.cutoffDay)
            continue;
        preview.deleted.append(object);
        const auto entry = parseKey(object.key, m_prefix);
        if (entry && entry->database == database) {
            BackupEntry deleted = *entry;
            deleted.size = object.size;
            deleted.lastModified = object.lastModified.toUTC();
            preview.deletedBackups.append(deleted);
        }
    }

    if (count <= 0)
        preview.warnings.append(
            tr("BACKUP_KEEP_DAYS is %1: every object under the prefix last modified before %2 "
               "is deleted, which can include the backup that was just made.")
                .arg(count)
                .arg(preview.cutoffDay.toString(Qt::ISODate)));
    if (m_prefix.isEmpty())
        preview.warnings.append(tr("S3_PREFIX is empty: retention deletes old objects anywhere "
                                   "in the bucket, not only backups."));
    const QStringList names = databases();
    if (names.size() > 1)
        preview.warnings.append(
            tr("Backups of several databases (%1) share the prefix “%2/”: retention run for any "
               "of them deletes the old backups of all of them.")
                .arg(names.join(QStringLiteral(", ")), m_prefix));
    QStringList outside;
    QStringList otherFiles;
    for (const StoredObject &object : m_others) {
        if (!object.key.startsWith(m_prefix + QLatin1Char('/')))
            outside.append(object.key);
        else
            otherFiles.append(object.key);
    }
    if (!outside.isEmpty() && !m_prefix.isEmpty())
        preview.warnings.append(
            tr("S3_PREFIX “%1” also matches %n object(s) outside “%1/” (e.g. “%2”): retention "
               "deletes the old ones there too.",
               nullptr, static_cast<int>(outside.size()))
                .arg(m_prefix, outside.constFirst()));
    qsizetype deletedOthers = 0;
    for (const StoredObject &object : std::as_const(preview.deleted)) {
        if (otherFiles.contains(object.key))
            ++deletedOthers;
    }
    if (deletedOthers > 0)
        preview.warnings.append(tr("%n file(s) under “%1/” that are not backups will be deleted "
                                   "too.",
                                   nullptr, static_cast<int>(deletedOthers))
                                    .arg(m_prefix));
    return preview;
}

} // namespace Berth::Backup
