#pragma once

#include "engine/RunJournal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Engine {

// The local run history: what each past run of a project did, read back from the run
// journals the engine writes anyway (one file per run), so the history can never disagree
// with what recovery sees. Who ran it, what, which version, every step's duration per host,
// and how it ended.
struct RunSummary
{
    struct Step
    {
        QString host; // empty: this computer
        QString id;
        QString title;
        QString outcome; // success, failed, skipped, cancelled; empty: never ended
        QString message; // the failure's explanation (redacted when written)
        qint64 milliseconds = -1; // -1: never ended
    };

    QString path;
    RunJournal::Header header;
    // success, failed, cancelled, or "interrupted" (the journal stops without an end: Berth
    // was killed, or the run is still going in another process).
    QString outcome;
    QDateTime startedAt; // to the millisecond (the header keeps whole seconds)
    QDateTime endedAt;
    QList<Step> steps; // in the order they started

    [[nodiscard]] qint64 milliseconds() const;
};

class RunHistory
{
public:
    // One run's journal; nullopt when the file is not a run journal.
    [[nodiscard]] static std::optional<RunSummary> read(const QString &path);
    // The runs of `projectRoot` (every project when empty), newest first, at most `limit`.
    [[nodiscard]] static QList<RunSummary> list(const QString &projectRoot, int limit = 50,
                                                const QString &folder = {});
};

} // namespace Berth::Engine
