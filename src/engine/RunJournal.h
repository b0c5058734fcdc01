#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace Berth::Engine {

// An append-only record of one run, written before and after every step and flushed to the
// disk each time, so that when Berth dies (kill -9, power loss, sleep) the next start knows
// exactly where the run stopped. One JSON object per line, in the data folder shared by the
// app and berth-cli. Never holds a secret: only step ids, titles, hosts and outcomes.
class RunJournal
{
public:
    struct Header
    {
        QString runId;
        QString projectRoot;
        QString destination;
        QString operation; // deploy, rollback, …
        QString version;
        QString lockDetails; // the lock text this run writes (to recognise its own lock)
        QStringList hosts;
        QDateTime startedAt;
        // Who ran it: the account and computer (set by create() when empty), for the history.
        QString who;
    };

    // Where journals live (…/Berth/runs); `folder` overrides it (tests).
    [[nodiscard]] static QString defaultFolder();

    // Starts the journal of a new run; fails when the folder cannot be written (a run is
    // then refused: without a journal a crash could not be recovered).
    [[nodiscard]] static Result<std::shared_ptr<RunJournal>> create(const Header &header,
                                                                    const QString &folder = {});

    // Safe from any worker thread.
    void stepStarted(const QString &host, const QString &stepId, const QString &title);
    void stepFinished(const QString &host, const QString &stepId, const QString &outcome,
                      const QString &message);
    void runFinished(const QString &outcome);

    [[nodiscard]] QString path() const { return m_file.fileName(); }

    // What a journal says, read back.
    struct Record
    {
        Header header;
        QString path;
        bool finished = false;
        QString outcome;
        // Per host: the last step started, and whether it ended (and how).
        struct HostState
        {
            QString lastStep;
            QString lastTitle;
            bool ended = true;
            QString outcome;
        };
        QHash<QString, HostState> hosts;
        QStringList completedSteps; // "host\nstep" of every step that succeeded
    };
    // `eachLine`, when given, also sees every record of the file in order (the history reads
    // step times from the same single pass).
    [[nodiscard]] static std::optional<Record> read(
        const QString &path, const std::function<void(const QJsonObject &)> &eachLine = {});
    // Runs of `projectRoot` that never finished, newest first.
    [[nodiscard]] static QList<Record> interrupted(const QString &projectRoot,
                                                   const QString &folder = {});
    // Marks an interrupted run as dealt with (appends a run-end record).
    [[nodiscard]] static Result<void> close(const QString &path, const QString &outcome);

private:
    RunJournal() = default;
    void append(QJsonObject record);

    std::mutex m_mutex;
    QFile m_file;
};

} // namespace Berth::Engine
