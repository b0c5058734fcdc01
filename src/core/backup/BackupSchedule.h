#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <chrono>
#include <cstdint>

namespace Berth::Backup {

// A postgres-backup-s3 SCHEDULE, read the way the image's go-cron (robfig/cron v3 with optional
// seconds and descriptors) reads it: five fields ("0 3 * * *"), six with leading seconds
// ("*/30 * * * * *"), @yearly/@annually, @monthly, @weekly, @daily/@midnight, @hourly, or
// "@every <Go duration>" ("@every 6h", "@every 1h30m"). An optional "TZ=Zone " or "CRON_TZ=Zone "
// prefix sets the time zone; otherwise times are UTC, the clock of the Alpine image (no tzdata).
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    [[nodiscard]] static Result<BackupSchedule> parse(const QString &spec);

    [[nodiscard]] QString spec() const { return m_spec; }
    // "@every": runs every interval() counted from when the container started, so the wall-clock
    // times are not known, only the spacing.
    [[nodiscard]] bool isInterval() const { return m_interval.count() > 0; }
    [[nodiscard]] std::chrono::seconds interval() const { return m_interval; }

    // The first run strictly after `time` (UTC result); for "@every", `time` + interval. Invalid
    // when the expression never fires within five years (e.g. "0 0 30 2 *").
    [[nodiscard]] QDateTime nextAfter(const QDateTime &time) const;

private:
    BackupSchedule() = default;
    [[nodiscard]] bool dayMatches(const QDate &date) const;

    QString m_spec;
    std::chrono::seconds m_interval {0};
    QTimeZone m_zone = QTimeZone::utc();
    // Bit n set = value n allowed (robfig's bit sets).
    std::uint64_t m_seconds = 0;
    std::uint64_t m_minutes = 0;
    std::uint64_t m_hours = 0;
    std::uint64_t m_daysOfMonth = 0;
    std::uint64_t m_months = 0;
    std::uint64_t m_daysOfWeek = 0; // 0 = Sunday
    // A day field written as "*" or "?": then both day fields must match (AND), otherwise
    // either may (OR) — cron's quirk, reproduced from robfig.
    bool m_domStar = false;
    bool m_dowStar = false;
};

} // namespace Berth::Backup
