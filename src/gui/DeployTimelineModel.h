#pragma once

#include "core/kamal/Plan.h"
#include "engine/PlanRunner.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>

namespace Berth::Gui {

// The deploy timeline: one row per step and host, in the order the plan runs them, with the
// state, a live duration, the last line of output and the full (redacted, bounded) log.
class DeployTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, HostColumn, StateColumn, DurationColumn, OutputColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, LogRole, HostRole, StepIdRole };
    enum class State { Pending, Running, Succeeded, Failed, Cancelled, Skipped };
    Q_ENUM(State)

    // Logs keep their last part beyond this size (a chatty build cannot eat the memory).
    static constexpr qsizetype MaxLogSize = qsizetype(512) * 1024;

    explicit DeployTimelineModel(QObject *parent = nullptr);

    // Rows for every step of `plan`, pending; each row's log starts with the commands it will
    // run, redacted by `redact`.
    void setPlan(const Kamal::Plan &plan, const std::function<QString(const QString &)> &redact);
    void clear();

    void stepStarted(const QString &host, const QString &stepId);
    void appendOutput(const QString &host, const QString &stepId, const QString &text);
    void stepFinished(const QString &host, const QString &stepId,
                      Engine::PlanRunner::Outcome outcome, const QString &message, qint64 ms);
    // Refreshes the durations of running steps (called by a timer while a run lasts).
    void tick();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    [[nodiscard]] int count(State state) const;
    [[nodiscard]] static QString stateText(State state);

private:
    struct Row
    {
        QString host;
        QString stepId;
        QString title;
        State state = State::Pending;
        qint64 elapsedMs = 0;
        QElapsedTimer running;
        QString log;
        QString lastLine;
        QString message;
    };
    [[nodiscard]] int find(const QString &host, const QString &stepId, State state) const;
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace Berth::Gui
