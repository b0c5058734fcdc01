#include "core/backup/BackupStatus.h"

#include "core/backup/BackupSchedule.h"

#include <QCoreApplication>

namespace Berth::Backup {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupStatus)
};

} // namespace

BackupStatus BackupStatus::of(const BackupSetup &setup, const BackupCatalog &catalog,
                              const QDateTime &now)
{
    BackupStatus status;
    const auto note = [&status](const QString &text, bool warning) {
        status.notes.append({text, warning});
    };
    std::optional<BackupSchedule> schedule;
    if (!setup.schedule.isEmpty()) {
        auto parsed = BackupSchedule::parse(setup.schedule);
        if (parsed)
            schedule = *parsed;
        else
            note(parsed.error().message, true);
    }
    status.freshness = catalog.freshness(setup.database, schedule, now);
    note(status.freshness.message, status.freshness.state != Freshness::Fresh);
    status.needsAttention = status.freshness.state == Freshness::Overdue
        || status.freshness.state == Freshness::NoBackups;
    if (!setup.keepDays.isEmpty()) {
        auto retention = catalog.retentionPreview(setup.database, setup.keepDays, now);
        if (!retention) {
            note(retention.error().message, true);
        } else {
            note(Text::tr("Retention (BACKUP_KEEP_DAYS=%1): the next backup deletes %n object(s) "
                          "under “%2/”.",
                          nullptr, int(retention->deleted.size()))
                     .arg(setup.keepDays, setup.s3Prefix),
                 !retention->deleted.isEmpty());
            for (const QString &warning : retention->warnings)
                note(warning, true);
        }
    }
    for (const QString &warning : setup.warnings)
        note(warning, true);
    return status;
}

QString freshnessWord(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Fresh: return QStringLiteral("fresh");
    case Freshness::Overdue: return QStringLiteral("overdue");
    case Freshness::NoBackups: return QStringLiteral("no-backups");
    case Freshness::NoSchedule: return QStringLiteral("no-schedule");
    }
    return {};
}

} // namespace Berth::Backup
