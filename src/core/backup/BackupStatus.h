#pragma once

#include "core/backup/BackupCatalog.h"
#include "core/backup/BackupSetup.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Berth::Backup {

// One sentence about the backups of a setup, for people: fine, or worth a look.
struct StatusNote
{
    QString text;
    bool warning = false;
};

// What the catalog says about one backup accessory: the freshness of its newest backup
// against SCHEDULE, what BACKUP_KEEP_DAYS deletes on the next run, and the setup's own
// warnings, in that order. Shared by the Backups page and `berth-cli backups list`.
struct BackupStatus
{
    FreshnessReport freshness;
    QList<StatusNote> notes;
    bool needsAttention = false; // overdue, or no backups at all

    [[nodiscard]] static BackupStatus of(const BackupSetup &setup, const BackupCatalog &catalog,
                                         const QDateTime &now);
};

// "fresh", "overdue", "no-backups", "no-schedule": stable words for scripts (JSON).
[[nodiscard]] QString freshnessWord(Freshness freshness);

} // namespace Berth::Backup
