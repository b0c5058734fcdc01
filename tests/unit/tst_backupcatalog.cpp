// The backup catalog and the go-cron schedule reader against the postgres-backup-s3 contract
// (reference/kamal.md §6): key names, exact database matching, freshness, and the retention rule
// of backup.sh.
#include "core/backup/BackupCatalog.h"
#include "core/backup/BackupSchedule.h"

#include <QTest>
#include <QTimeZone>

using namespace Berth;
using namespace Berth::Backup;

namespace {

QDateTime utc(const char *text)
{
    QDateTime time = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

StoredObject object(const char *key, const char *lastModified, qint64 size = 100)
{
    return {QString::fromUtf8(key), size, utc(lastModified)};
}

// A bucket under S3_PREFIX=backup with three databases that trip naive prefix matching.
QList<StoredObject> mixedListing()
{
    return {
        object("backup/app_2026-11-24T03:00:00.dump.gpg", "2026-11-24T03:00:10", 1000),
        object("backup/app_2026-11-26T03:00:00.dump.gpg", "2026-11-26T03:00:09", 3000),
        object("backup/app_2026-11-25T03:00:00.dump", "2026-11-25T03:00:12", 2000),
        object("backup/app2_2026-11-26T03:00:00.dump", "2026-11-26T03:00:05"),
        object("backup/app_staging_2026-11-26T04:00:00.dump", "2026-11-26T04:00:05"),
        object("backup/app_2024_2026-11-20T03:00:00.dump", "2026-11-20T03:00:05"),
        object("backup/README.txt", "2026-01-01T00:00:00"),
        object("backup/app_2026-11-26T03:00:00.dump.tmp", "2026-11-26T03:00:01"),
    };
}

} // namespace

class TestBackupCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("database"); // empty: not a backup
        QTest::addColumn<QString>("timestamp");
        QTest::addColumn<bool>("encrypted");
        const QString b = QStringLiteral("backup");
        const QString ts = QStringLiteral("2024-01-27T03:00:00");
        QTest::newRow("plain") << "backup/app_2024-01-27T03:00:00.dump" << b << "app" << ts
                               << false;
        QTest::newRow("encrypted")
            << "backup/app_2024-01-27T03:00:00.dump.gpg" << b << "app" << ts << true;
        QTest::newRow("the reference's example")
            << "backup/app_production_2024-01-27T03:00:00.dump.gpg" << b << "app_production" << ts
            << true;
        QTest::newRow("digits in the name")
            << "backup/app2_2024-01-27T03:00:00.dump" << b << "app2" << ts << false;
        QTest::newRow("a date-like name")
            << "backup/app_2024_2024-01-27T03:00:00.dump" << b << "app_2024" << ts << false;
        QTest::newRow("non-ASCII name")
            << "backup/café_2024-01-27T03:00:00.dump" << b << "café" << ts << false;
        QTest::newRow("empty prefix: a // key")
            << "/app_2024-01-27T03:00:00.dump" << QString() << "app" << ts << false;
        QTest::newRow("prefix with a trailing slash") << "backup//app_2024-01-27T03:00:00.dump"
                                                      << "backup/"
                                                      << "app" << ts << false;
        QTest::newRow("prefix with a trailing slash, single slash key")
            << "backup/app_2024-01-27T03:00:00.dump"
            << "backup/" << QString() << QString() << false;
        QTest::newRow("nested prefix") << "deploy/backup/app_2024-01-27T03:00:00.dump"
                                       << "deploy/backup"
                                       << "app" << ts << false;
        QTest::newRow("empty database")
            << "backup/_2024-01-27T03:00:00.dump" << b << QString() << QString() << false;
        QTest::newRow("deeper folder")
            << "backup/old/app_2024-01-27T03:00:00.dump" << b << QString() << QString() << false;
        QTest::newRow("other prefix, same start")
            << "backup2/app_2024-01-27T03:00:00.dump" << b << QString() << QString() << false;
        QTest::newRow("no slash after prefix")
            << "backupapp_2024-01-27T03:00:00.dump" << b << QString() << QString() << false;
        QTest::newRow("gzip") << "backup/app_2024-01-27T03:00:00.dump.gz" << b << QString()
                              << QString() << false;
        QTest::newRow("upper-case suffix")
            << "backup/app_2024-01-27T03:00:00.DUMP" << b << QString() << QString() << false;
        QTest::newRow("temporary suffix") << "backup/app_2024-01-27T03:00:00.dump.gpg.tmp" << b
                                          << QString() << QString() << false;
        QTest::newRow("no suffix")
            << "backup/app_2024-01-27T03:00:00" << b << QString() << QString() << false;
        QTest::newRow("minutes only")
            << "backup/app_2024-01-27T03:00.dump" << b << QString() << QString() << false;
        QTest::newRow("space instead of T")
            << "backup/app_2024-01-27 03:00:00.dump" << b << QString() << QString() << false;
        QTest::newRow("month 13") << "backup/app_2024-13-27T03:00:00.dump" << b << QString()
                                  << QString() << false;
        QTest::newRow("30 February")
            << "backup/app_2024-02-30T03:00:00.dump" << b << QString() << QString() << false;
        QTest::newRow("no underscore")
            << "backup/app2024-01-27T03:00:00.dump" << b << QString() << QString() << false;
        QTest::newRow("timestamp only")
            << "backup/2024-01-27T03:00:00.dump" << b << QString() << QString() << false;
    }

    void parsesKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, prefix);
        QFETCH(QString, database);
        QFETCH(QString, timestamp);
        QFETCH(bool, encrypted);
        const auto entry = BackupCatalog::parseKey(key, prefix);
        QCOMPARE(entry.has_value(), !database.isEmpty());
        if (!entry)
            return;
        QCOMPARE(entry->database, database);
        QCOMPARE(entry->timestamp, timestamp);
        QCOMPARE(entry->encrypted, encrypted);
        QCOMPARE(entry->key, key);
        QCOMPARE(entry->time, utc(qPrintable(timestamp)));
        QCOMPARE(entry->time.timeSpec(), Qt::TimeZone);
        QCOMPARE(entry->time.offsetFromUtc(), 0);
    }

    void matchesTheDatabaseExactly_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("keys"); // newest first
        QTest::newRow("app") << QStringLiteral("app")
                             << QStringList {
                                    QStringLiteral("backup/app_2026-11-26T03:00:00.dump.gpg"),
                                    QStringLiteral("backup/app_2026-11-25T03:00:00.dump"),
                                    QStringLiteral("backup/app_2026-11-24T03:00:00.dump.gpg")};
        QTest::newRow("app2") << QStringLiteral(
            "app2") << QStringList {QStringLiteral("backup/app2_2026-11-26T03:00:00.dump")};
        QTest::newRow("app_staging")
            << QStringLiteral("app_staging")
            << QStringList {QStringLiteral("backup/app_staging_2026-11-26T04:00:00.dump")};
        QTest::newRow("app_2024") << QStringLiteral(
            "app_2024") << QStringList {QStringLiteral("backup/app_2024_2026-11-20T03:00:00.dump")};
        QTest::newRow("unknown") << QStringLiteral("ap") << QStringList {};
    }

    void matchesTheDatabaseExactly()
    {
        QFETCH(QString, database);
        QFETCH(QStringList, keys);
        const BackupCatalog catalog(mixedListing(), QStringLiteral("backup"));
        QStringList found;
        const QList<BackupEntry> entries = catalog.backups(database);
        for (const BackupEntry &entry : entries)
            found.append(entry.key);
        QCOMPARE(found, keys);
        QCOMPARE(catalog.newest(database).has_value(), !keys.isEmpty());
    }

    void groupsByDatabaseAndKeepsTheRest()
    {
        const BackupCatalog catalog(mixedListing(), QStringLiteral("backup"));
        QCOMPARE(catalog.databases(),
                 (QStringList {QStringLiteral("app"), QStringLiteral("app2"),
                               QStringLiteral("app_2024"), QStringLiteral("app_staging")}));
        QCOMPARE(catalog.others().size(), 2);
        QCOMPARE(catalog.others().at(0).key, QStringLiteral("backup/README.txt"));
    }

    void exposesTimeSizeAgeAndEncryption()
    {
        const BackupCatalog catalog(mixedListing(), QStringLiteral("backup"));
        const auto newest = catalog.newest(QStringLiteral("app"));
        QVERIFY(newest);
        QCOMPARE(newest->timestamp, QStringLiteral("2026-11-26T03:00:00"));
        QCOMPARE(newest->time, utc("2026-11-26T03:00:00"));
        QCOMPARE(newest->lastModified, utc("2026-11-26T03:00:09"));
        QCOMPARE(newest->size, 3000);
        QVERIFY(newest->encrypted);
        QCOMPARE(newest->ageSeconds(utc("2026-11-26T05:30:00")), 2 * 3600 + 1800);
        // Local time is a view of the same instant.
        QCOMPARE(newest->time.toLocalTime().toUTC(), newest->time);
        QVERIFY(!catalog.backups(QStringLiteral("app")).at(1).encrypted);
    }

    void ignoresObjectsOutsideThePrefix()
    {
        const BackupCatalog catalog(
            {object("other/app_2026-11-26T03:00:00.dump", "2026-11-26T03:00:00")},
            QStringLiteral("backup"));
        QVERIFY(catalog.databases().isEmpty());
        QVERIFY(catalog.others().isEmpty());
    }

    void predictsWhatRestoreShPicks_data()
    {
        QTest::addColumn<QList<StoredObject>>("objects");
        QTest::addColumn<bool>("passphrase");
        QTest::addColumn<QString>("picked");
        QTest::addColumn<QString>("warning"); // fragment; empty: no warning
        QTest::newRow("prefix match picks another database")
            << mixedListing() << true
            << QStringLiteral("backup/app_staging_2026-11-26T04:00:00.dump")
            << QStringLiteral("not the newest backup of “app”");
        const QList<StoredObject> clean {
            object("backup/app_2026-11-25T03:00:00.dump.gpg", "2026-11-25T03:00:09"),
            object("backup/app_2026-11-26T03:00:00.dump.gpg", "2026-11-26T03:00:09"),
            object("backup/app/old_2020-01-01T00:00:00.dump", "2026-12-01T00:00:00"),
        };
        QTest::newRow("the newest, encrypted as expected")
            << clean << true << QStringLiteral("backup/app_2026-11-26T03:00:00.dump.gpg")
            << QString();
        QTest::newRow("encrypted without PASSPHRASE")
            << clean << false << QStringLiteral("backup/app_2026-11-26T03:00:00.dump.gpg")
            << QStringLiteral("PASSPHRASE is not set");
        const QList<StoredObject> plain {
            object("backup/app_2026-11-26T03:00:00.dump", "2026-11-26T03:00:09")};
        QTest::newRow("plain with PASSPHRASE")
            << plain << true << QStringLiteral("backup/app_2026-11-26T03:00:00.dump")
            << QStringLiteral("PASSPHRASE is set");
        // An old dump copied back later sorts last: restore.sh goes by LastModified.
        const QList<StoredObject> copiedBack {
            object("backup/app_2026-11-26T03:00:00.dump", "2026-11-26T03:00:09"),
            object("backup/app_2026-10-01T03:00:00.dump", "2026-11-26T09:00:00"),
        };
        QTest::newRow("LastModified, not the name")
            << copiedBack << false << QStringLiteral("backup/app_2026-10-01T03:00:00.dump")
            << QStringLiteral("not the newest");
        // Same second: the size column decides, then the name.
        const QList<StoredObject> sameSecond {
            object("backup/app_2026-11-26T03:00:00.dump", "2026-11-26T03:00:09", 900),
            object("backup/app_2026-11-25T03:00:00.dump", "2026-11-26T03:00:09", 1000),
        };
        QTest::newRow("ties by size")
            << sameSecond << false << QStringLiteral("backup/app_2026-11-25T03:00:00.dump")
            << QStringLiteral("not the newest");
        QTest::newRow("nothing") << QList<StoredObject> {} << false << QString() << QString();
    }

    void predictsWhatRestoreShPicks()
    {
        QFETCH(QList<StoredObject>, objects);
        QFETCH(bool, passphrase);
        QFETCH(QString, picked);
        QFETCH(QString, warning);
        const BackupCatalog catalog(objects, QStringLiteral("backup"));
        const auto latest = catalog.restoreScriptLatest(QStringLiteral("app"));
        QCOMPARE(latest ? latest->key : QString(), picked);
        const QString text = catalog.restoreScriptWarning(QStringLiteral("app"), passphrase);
        if (warning.isEmpty())
            QVERIFY2(text.isEmpty(), qPrintable(text));
        else
            QVERIFY2(text.contains(warning), qPrintable(text));
    }

    void readsSchedulesAsGoCronDoes_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("next"); // invalid: never
        // 2026-11-26 is a Thursday.
        QTest::newRow("@daily") << "@daily" << utc("2026-11-26T11:00:00")
                                << utc("2026-11-27T00:00:00");
        QTest::newRow("@midnight")
            << "@midnight" << utc("2026-11-26T00:00:00") << utc("2026-11-27T00:00:00");
        QTest::newRow("@hourly") << "@hourly" << utc("2026-11-26T11:00:00")
                                 << utc("2026-11-26T12:00:00");
        QTest::newRow("@weekly is Sunday")
            << "@weekly" << utc("2026-11-26T11:00:00") << utc("2026-11-29T00:00:00");
        QTest::newRow("@monthly") << "@monthly" << utc("2026-11-26T11:00:00")
                                  << utc("2026-12-01T00:00:00");
        QTest::newRow("@yearly") << "@yearly" << utc("2026-11-26T11:00:00")
                                 << utc("2027-01-01T00:00:00");
        QTest::newRow("@annually")
            << "@annually" << utc("2027-01-01T00:00:00") << utc("2028-01-01T00:00:00");
        QTest::newRow("strictly after")
            << "0 3 * * *" << utc("2026-11-26T03:00:00") << utc("2026-11-27T03:00:00");
        QTest::newRow("later today")
            << "0 3 * * *" << utc("2026-11-26T02:59:59") << utc("2026-11-26T03:00:00");
        QTest::newRow("step") << "*/15 * * * *" << utc("2026-11-26T11:07:30")
                              << utc("2026-11-26T11:15:00");
        QTest::newRow("N/step = N-max/step")
            << "10/20 * * * *" << utc("2026-11-26T11:51:00") << utc("2026-11-26T12:10:00");
        QTest::newRow("six fields: seconds")
            << "30 */5 * * * *" << utc("2026-11-26T11:07:31") << utc("2026-11-26T11:10:30");
        QTest::newRow("list and range")
            << "0 1,13 * * *" << utc("2026-11-26T11:00:00") << utc("2026-11-26T13:00:00");
        QTest::newRow("day names, star dom: AND")
            << "0 0 * * mon-fri" << utc("2026-11-27T12:00:00") << utc("2026-11-30T00:00:00");
        QTest::newRow("dom and dow both set: OR")
            << "0 0 1 * MON" << utc("2026-11-26T00:00:00") << utc("2026-11-30T00:00:00");
        QTest::newRow("question mark")
            << "0 0 ? * SUN" << utc("2026-11-26T00:00:00") << utc("2026-11-29T00:00:00");
        QTest::newRow("month names")
            << "0 12 * jan,jul *" << utc("2026-11-26T00:00:00") << utc("2027-01-01T12:00:00");
        QTest::newRow("leap day") << "0 0 29 2 *" << utc("2026-03-01T00:00:00")
                                  << utc("2028-02-29T00:00:00");
        QTest::newRow("never") << "0 0 30 2 *" << utc("2026-03-01T00:00:00") << QDateTime();
        QTest::newRow("time zone prefix")
            << "TZ=Europe/Berlin 0 3 * * *" << utc("2026-11-26T00:00:00")
            << utc("2026-11-26T02:00:00");
        QTest::newRow("CRON_TZ prefix") << "CRON_TZ=America/New_York @daily"
                                        << utc("2026-11-26T00:00:00") << utc("2026-11-26T05:00:00");
        QTest::newRow("@every 6h")
            << "@every 6h" << utc("2026-11-26T10:00:00") << utc("2026-11-26T16:00:00");
        QTest::newRow("@every 1h30m")
            << "@every 1h30m" << utc("2026-11-26T10:00:00") << utc("2026-11-26T11:30:00");
        QTest::newRow("@every 1.5h")
            << "@every 1.5h" << utc("2026-11-26T10:00:00") << utc("2026-11-26T11:30:00");
        QTest::newRow("@every 500ms runs each second")
            << "@every 500ms" << utc("2026-11-26T10:00:00") << utc("2026-11-26T10:00:01");
        QTest::newRow("extra spaces")
            << "  0  3 * * *  " << utc("2026-11-26T11:00:00") << utc("2026-11-27T03:00:00");
    }

    void readsSchedulesAsGoCronDoes()
    {
        QFETCH(QString, spec);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, next);
        const auto schedule = BackupSchedule::parse(spec);
        QVERIFY2(schedule.has_value(), schedule ? "" : qPrintable(schedule.error().message));
        QCOMPARE(schedule->spec(), spec);
        const QDateTime found = schedule->nextAfter(from);
        QCOMPARE(found.isValid(), next.isValid());
        if (next.isValid())
            QCOMPARE(found, next);
    }

    void rejectsWhatGoCronRejects_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QString() << "empty spec string";
        QTest::newRow("four fields") << "0 3 * *"
                                     << "expected 5 to 6 fields, found 4";
        QTest::newRow("seven fields") << "0 0 3 * * * *"
                                      << "expected 5 to 6 fields, found 7";
        QTest::newRow("minute 60") << "60 * * * *"
                                   << "above maximum (59)";
        QTest::newRow("day of week 7") << "0 0 * * 7"
                                       << "above maximum (6)";
        QTest::newRow("day 0") << "0 0 0 * *"
                               << "below minimum (1)";
        QTest::newRow("reversed range") << "5-1 * * * *"
                                        << "beyond end of range";
        QTest::newRow("step 0") << "*/0 * * * *"
                                << "step of range should be a positive number";
        QTest::newRow("word") << "a * * * *"
                              << "not a number";
        QTest::newRow("negative") << "0 -3 * * *"
                                  << "not a number";
        QTest::newRow("two hyphens") << "1-2-3 * * * *"
                                     << "too many hyphens";
        QTest::newRow("two slashes") << "*/2/3 * * * *"
                                     << "too many slashes";
        QTest::newRow("unknown descriptor") << "@sometimes"
                                            << "unrecognized descriptor";
        QTest::newRow("@every without a duration") << "@every"
                                                   << "unrecognized descriptor";
        QTest::newRow("days are not a Go unit") << "@every 1d"
                                                << "unknown unit “d”";
        QTest::newRow("missing unit") << "@every 10"
                                      << "missing unit";
        QTest::newRow("bad zone") << "TZ=Nowhere/Atlantis 0 3 * * *"
                                  << "bad location";
    }

    void rejectsWhatGoCronRejects()
    {
        QFETCH(QString, spec);
        QFETCH(QString, why);
        const auto schedule = BackupSchedule::parse(spec);
        QVERIFY(!schedule.has_value());
        QCOMPARE(schedule.error().code, QStringLiteral("backup.schedule"));
        QVERIFY2(schedule.error().message.contains(why), qPrintable(schedule.error().message));
        QVERIFY(schedule.error().message.contains(QLatin1String("go-cron")));
    }

    void checksFreshness_data()
    {
        QTest::addColumn<QString>("spec"); // empty: no SCHEDULE
        QTest::addColumn<QString>("newestKey"); // empty: no backups
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("state");
        QTest::addColumn<QDateTime>("expectedBy");
        const auto fresh = static_cast<int>(Freshness::Fresh);
        const auto overdue = static_cast<int>(Freshness::Overdue);
        QTest::newRow("daily, made today")
            << "@daily"
            << "backup/app_2026-11-26T00:00:05.dump" << utc("2026-11-26T11:00:00") << fresh
            << utc("2026-11-27T01:00:00");
        QTest::newRow("daily, within the grace")
            << "@daily"
            << "backup/app_2026-11-25T00:00:05.dump" << utc("2026-11-26T00:59:59") << fresh
            << utc("2026-11-26T01:00:00");
        QTest::newRow("daily, one run missed")
            << "@daily"
            << "backup/app_2026-11-25T00:00:05.dump" << utc("2026-11-26T01:00:01") << overdue
            << utc("2026-11-26T01:00:00");
        QTest::newRow("cron, on time")
            << "0 3 * * *"
            << "backup/app_2026-11-25T03:00:40.dump" << utc("2026-11-26T03:59:00") << fresh
            << utc("2026-11-26T04:00:00");
        QTest::newRow("cron, late")
            << "0 3 * * *"
            << "backup/app_2026-11-25T03:00:40.dump" << utc("2026-11-26T04:01:00") << overdue
            << utc("2026-11-26T04:00:00");
        QTest::newRow("every 6h, on time")
            << "@every 6h"
            << "backup/app_2026-11-26T10:00:00.dump.gpg" << utc("2026-11-26T16:59:00") << fresh
            << utc("2026-11-26T17:00:00");
        QTest::newRow("every 6h, late")
            << "@every 6h"
            << "backup/app_2026-11-26T10:00:00.dump.gpg" << utc("2026-11-26T17:01:00") << overdue
            << utc("2026-11-26T17:00:00");
        QTest::newRow("weekly, days old but fine")
            << "@weekly"
            << "backup/app_2026-11-22T00:01:00.dump" << utc("2026-11-28T23:00:00") << fresh
            << utc("2026-11-29T01:00:00");
        QTest::newRow("no backups") << "@daily" << QString() << utc("2026-11-26T11:00:00")
                                    << static_cast<int>(Freshness::NoBackups) << QDateTime();
        QTest::newRow("no schedule")
            << QString() << "backup/app_2026-11-26T00:00:05.dump" << utc("2026-11-26T11:00:00")
            << static_cast<int>(Freshness::NoSchedule) << QDateTime();
    }

    void checksFreshness()
    {
        QFETCH(QString, spec);
        QFETCH(QString, newestKey);
        QFETCH(QDateTime, now);
        QFETCH(int, state);
        QFETCH(QDateTime, expectedBy);
        QList<StoredObject> objects {
            object("backup/app_2026-11-01T00:00:00.dump", "2026-11-01T00:00:09"),
            // Another database's newer backup must not make "app" look fresh.
            object("backup/app2_2026-11-26T10:00:00.dump", "2026-11-26T10:00:09"),
        };
        if (newestKey.isEmpty())
            objects.removeFirst();
        else
            objects.append({newestKey, 10, now});
        std::optional<BackupSchedule> schedule;
        if (!spec.isEmpty())
            schedule = *BackupSchedule::parse(spec);
        const BackupCatalog catalog(objects, QStringLiteral("backup"));
        const FreshnessReport report = catalog.freshness(QStringLiteral("app"), schedule, now);
        QCOMPARE(static_cast<int>(report.state), state);
        QCOMPARE(report.expectedBy, expectedBy);
        QVERIFY(!report.message.isEmpty());
        if (report.state == Freshness::Overdue)
            QVERIFY2(report.message.contains(spec), qPrintable(report.message));
        if (!newestKey.isEmpty())
            QCOMPARE(report.newest->key, newestKey);
    }

    void previewsRetention_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("keepDays");
        QTest::addColumn<QDateTime>("runAt");
        QTest::addColumn<QDate>("cutoff");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<QStringList>("warnings"); // fragments, one per expected warning

        // backup.sh: cutoff = date -d @(now - days*86400) +%Y-%m-%d; deleted when
        // LastModified <= '<cutoff> 00:00:00' as strings, i.e. modified before the cutoff day.
        QTest::newRow("seven days")
            << "backup"
            << "7" << utc("2026-11-26T03:00:00") << QDate(2026, 11, 19)
            << QStringList {QStringLiteral("backup/app_2026-11-18T03:00:00.dump")}
            << QStringList {};
        QTest::newRow("the cutoff day survives, even at midnight")
            << "backup"
            << "8" << utc("2026-11-26T03:00:00") << QDate(2026, 11, 18) << QStringList {}
            << QStringList {};
        QTest::newRow("the day is the UTC day of the run")
            << "backup"
            << "1" << QDateTime(QDate(2026, 11, 20), QTime(0, 30), QTimeZone(2 * 3600))
            << QDate(2026, 11, 18)
            << QStringList {QStringLiteral("backup/app_2026-11-17T03:00:00.dump.gpg")}
            << QStringList {};
        QTest::newRow("not set") << "backup"
                                 << "" << utc("2026-11-26T03:00:00") << QDate() << QStringList {}
                                 << QStringList {};
        QTest::newRow("zero deletes all before today")
            << "backup"
            << "0" << utc("2026-11-19T03:00:00") << QDate(2026, 11, 19)
            << QStringList {QStringLiteral("backup/app_2026-11-17T03:00:00.dump.gpg"),
                            QStringLiteral("backup/app_2026-11-18T03:00:00.dump"),
                            QStringLiteral("backup/app_2026-11-18T23:59:59.dump")}
            << QStringList {QStringLiteral("BACKUP_KEEP_DAYS is 0")};
        QTest::newRow("negative deletes even the new backup")
            << "backup"
            << "-1" << utc("2026-11-19T03:00:00") << QDate(2026, 11, 20)
            << QStringList {QStringLiteral("backup/app_2026-11-17T03:00:00.dump.gpg"),
                            QStringLiteral("backup/app_2026-11-18T03:00:00.dump"),
                            QStringLiteral("backup/app_2026-11-18T23:59:59.dump"),
                            QStringLiteral("backup/app_2026-11-19T00:00:00.dump"),
                            QStringLiteral("backup/app_2026-11-19T12:00:00.dump")}
            << QStringList {QStringLiteral("BACKUP_KEEP_DAYS is -1")};
        QTest::newRow("spaces around the number")
            << "backup"
            << " 7 " << utc("2026-11-26T03:00:00") << QDate(2026, 11, 19)
            << QStringList {QStringLiteral("backup/app_2026-11-18T03:00:00.dump")}
            << QStringList {};
    }

    void previewsRetention()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, keepDays);
        QFETCH(QDateTime, runAt);
        QFETCH(QDate, cutoff);
        QFETCH(QStringList, deleted);
        QFETCH(QStringList, warnings);
        const QList<StoredObject> objects {
            object("backup/app_2026-11-17T03:00:00.dump.gpg", "2026-11-17T03:00:10"),
            object("backup/app_2026-11-18T03:00:00.dump", "2026-11-18T03:00:10"),
            object("backup/app_2026-11-18T23:59:59.dump", "2026-11-18T23:59:59"),
            object("backup/app_2026-11-19T00:00:00.dump", "2026-11-19T00:00:00"),
            object("backup/app_2026-11-19T12:00:00.dump", "2026-11-19T12:00:00"),
        };
        // Rows with other cutoffs see only part of the listing.
        QList<StoredObject> listing;
        for (const StoredObject &o : objects) {
            if (QTest::currentDataTag() == QByteArray("seven days")
                || QTest::currentDataTag() == QByteArray("spaces around the number")) {
                if (o.key.contains(QLatin1String("11-18T03"))
                    || o.key.contains(QLatin1String("11-19T12")))
                    listing.append(o);
            } else if (QTest::currentDataTag() == QByteArray("the day is the UTC day of the run")) {
                if (o.key.contains(QLatin1String("11-17"))
                    || o.key.contains(QLatin1String("11-19T00")))
                    listing.append(o);
            } else if (QTest::currentDataTag()
                       == QByteArray("the cutoff day survives, even at midnight")) {
                if (o.key.contains(QLatin1String("11-18T")))
                    listing.append(o);
            } else {
                listing.append(o);
            }
        }
        const BackupCatalog catalog(listing, prefix);
        const auto preview = catalog.retentionPreview(QStringLiteral("app"), keepDays, runAt);
        QVERIFY2(preview.has_value(), preview ? "" : qPrintable(preview.error().message));
        QCOMPARE(preview->enabled, !keepDays.isEmpty());
        QCOMPARE(preview->cutoffDay, cutoff);
        QStringList keys;
        for (const StoredObject &o : preview->deleted)
            keys.append(o.key);
        keys.sort();
        QCOMPARE(keys, deleted);
        QCOMPARE(preview->deletedBackups.size(), deleted.size());
        QCOMPARE(preview->warnings.size(), warnings.size());
        for (qsizetype i = 0; i < warnings.size(); ++i)
            QVERIFY2(preview->warnings.at(i).contains(warnings.at(i)),
                     qPrintable(preview->warnings.at(i)));
    }

    void retentionCrossesDatabasesAndFolders()
    {
        // backup.sh lists with --prefix "$S3_PREFIX": no trailing slash, every database.
        const QList<StoredObject> objects {
            object("backup/app_2026-11-01T03:00:00.dump", "2026-11-01T03:00:10"),
            object("backup/app2_2026-11-01T03:00:00.dump", "2026-11-01T03:00:10"),
            object("backup/notes.txt", "2026-10-01T00:00:00"),
            object("backup-old/app_2025-01-01T03:00:00.dump", "2025-01-01T03:00:10"),
            object("backup/app_2026-11-25T03:00:00.dump", "2026-11-25T03:00:10"),
        };
        const BackupCatalog catalog(objects, QStringLiteral("backup"));
        const auto preview = catalog.retentionPreview(QStringLiteral("app"), QStringLiteral("14"),
                                                      utc("2026-11-26T03:00:00"));
        QVERIFY(preview.has_value());
        QCOMPARE(preview->cutoffDay, QDate(2026, 11, 12));
        QCOMPARE(preview->deleted.size(), 4);
        QCOMPARE(preview->deletedBackups.size(), 1);
        QCOMPARE(preview->deletedBackups.constFirst().key,
                 QStringLiteral("backup/app_2026-11-01T03:00:00.dump"));
        const QString all = preview->warnings.join(QLatin1Char('\n'));
        QCOMPARE(preview->warnings.size(), 3);
        QVERIFY2(all.contains(QLatin1String("several databases (app, app2)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("outside “backup/” (e.g. “backup-old/")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("not backups will be deleted")), qPrintable(all));
    }

    void retentionWithAnEmptyPrefixCoversTheBucket()
    {
        const BackupCatalog catalog({object("/app_2026-11-01T03:00:00.dump", "2026-11-01T03:00:10"),
                                     object("photos/cat.jpg", "2020-01-01T00:00:00")},
                                    QString());
        const auto preview = catalog.retentionPreview(QStringLiteral("app"), QStringLiteral("7"),
                                                      utc("2026-11-26T03:00:00"));
        QVERIFY(preview.has_value());
        QCOMPARE(preview->deleted.size(), 2);
        QVERIFY(
            preview->warnings.join(QLatin1Char(' ')).contains(QLatin1String("S3_PREFIX is empty")));
    }

    void rejectsKeepDaysTheScriptCannotUse_data()
    {
        QTest::addColumn<QString>("keepDays");
        QTest::newRow("unit") << "7d";
        QTest::newRow("decimal") << "1.5";
        QTest::newRow("word") << "week";
        QTest::newRow("two numbers") << "7 14";
    }

    void rejectsKeepDaysTheScriptCannotUse()
    {
        QFETCH(QString, keepDays);
        const BackupCatalog catalog({}, QStringLiteral("backup"));
        const auto preview
            = catalog.retentionPreview(QStringLiteral("app"), keepDays, utc("2026-11-26T03:00:00"));
        QVERIFY(!preview.has_value());
        QCOMPARE(preview.error().code, QStringLiteral("backup.keep-days"));
        QVERIFY(preview.error().message.contains(keepDays));
    }
};

QTEST_GUILESS_MAIN(TestBackupCatalog)
#include "tst_backupcatalog.moc"
