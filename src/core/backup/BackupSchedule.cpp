#include "core/backup/BackupSchedule.h"

#include <QMap>
#include <QStringList>

#include <cmath>
#include <optional>

namespace Berth::Backup {

namespace {

struct Bounds
{
    unsigned min;
    unsigned max;
    const char *const *names; // lowercase, index = value (nullptr-terminated), or nullptr
};

const char *const MonthNames[] = {"",    "jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec", nullptr};
const char *const DayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat", nullptr};

constexpr Bounds SecondBounds {0, 59, nullptr};
constexpr Bounds MinuteBounds {0, 59, nullptr};
constexpr Bounds HourBounds {0, 23, nullptr};
constexpr Bounds DomBounds {1, 31, nullptr};
constexpr Bounds MonthBounds {1, 12, MonthNames};
constexpr Bounds DowBounds {0, 6, DayNames};

std::uint64_t bitsBetween(unsigned start, unsigned end, unsigned step)
{
    std::uint64_t bits = 0;
    for (unsigned value = start; value <= end; value += step)
        bits |= std::uint64_t {1} << value;
    return bits;
}

// A non-negative decimal integer, or a name from `bounds` (robfig's parseIntOrName).
std::optional<unsigned> numberOrName(const QString &text, const Bounds &bounds, QString *why)
{
    if (bounds.names) {
        for (unsigned i = 0; bounds.names[i]; ++i) {
            if (text.compare(QLatin1String(bounds.names[i]), Qt::CaseInsensitive) == 0
                && *bounds.names[i])
                return i;
        }
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || text.startsWith(QLatin1Char('+'))) {
        *why = BackupSchedule::tr("“%1” is not a number").arg(text);
        return std::nullopt;
    }
    if (value < 0) {
        *why = BackupSchedule::tr("negative number (%1) not allowed").arg(value);
        return std::nullopt;
    }
    return static_cast<unsigned>(value);
}

// One comma-separated part: "*", "?", "5", "1-5", "*/15", "10/5", "mon-fri".
// Returns the bits; `star` is set for a plain "*" or "?" (a step > 1 clears it, as in robfig).
std::optional<std::uint64_t> parseRange(const QString &expr, const Bounds &bounds, bool *star,
                                        QString *why)
{
    const QStringList rangeAndStep = expr.split(QLatin1Char('/'));
    const QStringList lowAndHigh = rangeAndStep.constFirst().split(QLatin1Char('-'));
    const bool single = lowAndHigh.size() == 1;
    unsigned start = 0;
    unsigned end = 0;
    bool isStar = false;
    if (lowAndHigh.constFirst() == QLatin1String("*")
        || lowAndHigh.constFirst() == QLatin1String("?")) {
        start = bounds.min;
        end = bounds.max;
        isStar = true;
    } else {
        const auto low = numberOrName(lowAndHigh.constFirst(), bounds, why);
        if (!low)
            return std::nullopt;
        start = end = *low;
        if (lowAndHigh.size() == 2) {
            const auto high = numberOrName(lowAndHigh.at(1), bounds, why);
            if (!high)
                return std::nullopt;
            end = *high;
        } else if (lowAndHigh.size() > 2) {
            *why = BackupSchedule::tr("too many hyphens: %1").arg(expr);
            return std::nullopt;
        }
    }
    unsigned step = 1;
    if (rangeAndStep.size() == 2) {
        const auto parsed = numberOrName(rangeAndStep.at(1), Bounds {0, 0, nullptr}, why);
        if (!parsed)
            return std::nullopt;
        step = *parsed;
        if (single) // "N/step" means "N-max/step"
            end = bounds.max;
        if (step > 1)
            isStar = false;
    } else if (rangeAndStep.size() > 2) {
        *why = BackupSchedule::tr("too many slashes: %1").arg(expr);
        return std::nullopt;
    }
    if (start < bounds.min) {
        *why = BackupSchedule::tr("beginning of range (%1) below minimum (%2): %3")
                   .arg(start)
                   .arg(bounds.min)
                   .arg(expr);
        return std::nullopt;
    }
    if (end > bounds.max) {
        *why = BackupSchedule::tr("end of range (%1) above maximum (%2): %3")
                   .arg(end)
                   .arg(bounds.max)
                   .arg(expr);
        return std::nullopt;
    }
    if (start > end) {
        *why = BackupSchedule::tr("beginning of range (%1) beyond end of range (%2): %3")
                   .arg(start)
                   .arg(end)
                   .arg(expr);
        return std::nullopt;
    }
    if (step == 0) {
        *why = BackupSchedule::tr("step of range should be a positive number: %1").arg(expr);
        return std::nullopt;
    }
    if (isStar)
        *star = true;
    return bitsBetween(start, end, step);
}

std::optional<std::uint64_t> parseField(const QString &field, const Bounds &bounds, bool *star,
                                        QString *why)
{
    std::uint64_t bits = 0;
    const QStringList parts = field.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const auto range = parseRange(part, bounds, star, why);
        if (!range)
            return std::nullopt;
        bits |= *range;
    }
    return bits;
}

// Go's time.ParseDuration, in whole nanoseconds (as a double: schedules need no more).
std::optional<double> parseGoDuration(const QString &text, QString *why)
{
    const QString quoted = QLatin1Char('"') + text + QLatin1Char('"');
    QString s = text;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    if (s == QLatin1String("0"))
        return 0.0;
    if (s.isEmpty()) {
        *why = BackupSchedule::tr("invalid duration %1").arg(quoted);
        return std::nullopt;
    }
    static const QMap<QString, double> units {
        {QStringLiteral("ns"), 1.0},      {QStringLiteral("us"), 1e3},
        {QStringLiteral("\u00b5s"), 1e3}, {QStringLiteral("\u03bcs"), 1e3},
        {QStringLiteral("ms"), 1e6},      {QStringLiteral("s"), 1e9},
        {QStringLiteral("m"), 60e9},      {QStringLiteral("h"), 3600e9},
    };
    double total = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype numberStart = i;
        while (i < s.size() && (s.at(i).isDigit() || s.at(i) == QLatin1Char('.')))
            ++i;
        const QString number = s.mid(numberStart, i - numberStart);
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (number.isEmpty() || !ok || number == QLatin1String(".")) {
            *why = BackupSchedule::tr("invalid duration %1").arg(quoted);
            return std::nullopt;
        }
        const qsizetype unitStart = i;
        while (i < s.size() && !s.at(i).isDigit() && s.at(i) != QLatin1Char('.'))
            ++i;
        const QString unit = s.mid(unitStart, i - unitStart);
        if (unit.isEmpty()) {
            *why = BackupSchedule::tr("missing unit in duration %1").arg(quoted);
            return std::nullopt;
        }
        if (!units.contains(unit)) {
            *why = BackupSchedule::tr("unknown unit “%1” in duration %2 (Go durations use h, m, "
                                      "s: one day is 24h)")
                       .arg(unit, quoted);
            return std::nullopt;
        }
        total += value * units.value(unit);
    }
    return negative ? -total : total;
}

} // namespace

Result<BackupSchedule> BackupSchedule::parse(const QString &spec)
{
    BackupSchedule schedule;
    schedule.m_spec = spec;
    const auto invalid = [&spec](const QString &why) {
        return fail(QStringLiteral("backup.schedule"),
                    tr("SCHEDULE “%1” is not a schedule the backup image's go-cron accepts (%2), "
                       "so the backup container would not start.")
                        .arg(spec, why));
    };
    QString rest = spec.trimmed();
    if (rest.isEmpty())
        return invalid(tr("empty spec string"));

    if (rest.startsWith(QLatin1String("TZ=")) || rest.startsWith(QLatin1String("CRON_TZ="))) {
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        const qsizetype equals = rest.indexOf(QLatin1Char('='));
        const QString zone = rest.mid(equals + 1, space < 0 ? -1 : space - equals - 1);
        schedule.m_zone = QTimeZone(zone.toUtf8());
        if (!schedule.m_zone.isValid())
            return invalid(tr("provided bad location %1").arg(zone));
        rest = space < 0 ? QString() : rest.mid(space).trimmed();
    }

    if (rest.startsWith(QLatin1Char('@'))) {
        static const QMap<QString, QString> descriptors {
            {QStringLiteral("@yearly"), QStringLiteral("0 0 0 1 1 *")},
            {QStringLiteral("@annually"), QStringLiteral("0 0 0 1 1 *")},
            {QStringLiteral("@monthly"), QStringLiteral("0 0 0 1 * *")},
            {QStringLiteral("@weekly"), QStringLiteral("0 0 0 * * 0")},
            {QStringLiteral("@daily"), QStringLiteral("0 0 0 * * *")},
            {QStringLiteral("@midnight"), QStringLiteral("0 0 0 * * *")},
            {QStringLiteral("@hourly"), QStringLiteral("0 0 * * * *")},
        };
        if (rest.startsWith(QLatin1String("@every "))) {
            QString why;
            const auto nanoseconds = parseGoDuration(rest.mid(7), &why);
            if (!nanoseconds)
                return invalid(tr("failed to parse duration %1: %2").arg(rest, why));
            // robfig rounds down to whole seconds and runs at least every second.
            const auto seconds = static_cast<qint64>(std::floor(*nanoseconds / 1e9));
            schedule.m_interval = std::chrono::seconds(std::max<qint64>(seconds, 1));
            return schedule;
        }
        if (!descriptors.contains(rest))
            return invalid(tr("unrecognized descriptor: %1").arg(rest));
        rest = descriptors.value(rest);
    }

    QStringList fields = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() < 5 || fields.size() > 6)
        return invalid(tr("expected 5 to 6 fields, found %1: %2").arg(fields.size()).arg(rest));
    if (fields.size() == 5)
        fields.prepend(QStringLiteral("0")); // seconds are optional and default to 0

    QString why;
    bool ignored = false;
    const auto seconds = parseField(fields.at(0), SecondBounds, &ignored, &why);
    const auto minutes
        = seconds ? parseField(fields.at(1), MinuteBounds, &ignored, &why) : std::nullopt;
    const auto hours
        = minutes ? parseField(fields.at(2), HourBounds, &ignored, &why) : std::nullopt;
    const auto dom
        = hours ? parseField(fields.at(3), DomBounds, &schedule.m_domStar, &why) : std::nullopt;
    const auto months = dom ? parseField(fields.at(4), MonthBounds, &ignored, &why) : std::nullopt;
    const auto dow
        = months ? parseField(fields.at(5), DowBounds, &schedule.m_dowStar, &why) : std::nullopt;
    if (!dow)
        return invalid(why);
    schedule.m_seconds = *seconds;
    schedule.m_minutes = *minutes;
    schedule.m_hours = *hours;
    schedule.m_daysOfMonth = *dom;
    schedule.m_months = *months;
    schedule.m_daysOfWeek = *dow;
    return schedule;
}

bool BackupSchedule::dayMatches(const QDate &date) const
{
    const bool domMatch = (m_daysOfMonth >> static_cast<unsigned>(date.day())) & 1U;
    const bool dowMatch = (m_daysOfWeek >> static_cast<unsigned>(date.dayOfWeek() % 7)) & 1U;
    if (m_domStar || m_dowStar)
        return domMatch && dowMatch;
    return domMatch || dowMatch;
}

// robfig's SpecSchedule.Next, on wall-clock time in the schedule's zone: move forward field by
// field, from months down to seconds, resetting the smaller fields on each jump.
QDateTime BackupSchedule::nextAfter(const QDateTime &time) const
{
    if (isInterval())
        return time.toUTC().addSecs(m_interval.count());
    QDateTime t = time.toTimeZone(m_zone).addSecs(1);
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    const int yearLimit = t.date().year() + 5;
    const auto at = [this](const QDate &date, int hour, int minute, int second) {
        return QDateTime(date, QTime(hour, minute, second), m_zone);
    };
    bool added = false;
wrap:
    if (t.date().year() > yearLimit)
        return {};
    while (!((m_months >> static_cast<unsigned>(t.date().month())) & 1U)) {
        if (!added) {
            added = true;
            t = at(QDate(t.date().year(), t.date().month(), 1), 0, 0, 0);
        }
        t = at(t.date().addMonths(1), 0, 0, 0);
        if (t.date().month() == 1)
            goto wrap;
    }
    while (!dayMatches(t.date())) {
        if (!added) {
            added = true;
            t = at(t.date(), 0, 0, 0);
        }
        t = at(t.date().addDays(1), 0, 0, 0);
        if (t.date().day() == 1)
            goto wrap;
    }
    while (!((m_hours >> static_cast<unsigned>(t.time().hour())) & 1U)) {
        if (!added) {
            added = true;
            t = at(t.date(), t.time().hour(), 0, 0);
        }
        t = t.addSecs(3600);
        if (t.time().hour() == 0)
            goto wrap;
    }
    while (!((m_minutes >> static_cast<unsigned>(t.time().minute())) & 1U)) {
        if (!added) {
            added = true;
            t = at(t.date(), t.time().hour(), t.time().minute(), 0);
        }
        t = t.addSecs(60);
        if (t.time().minute() == 0)
            goto wrap;
    }
    while (!((m_seconds >> static_cast<unsigned>(t.time().second())) & 1U)) {
        added = true;
        t = t.addSecs(1);
        if (t.time().second() == 0)
            goto wrap;
    }
    return t.toUTC();
}

} // namespace Berth::Backup
