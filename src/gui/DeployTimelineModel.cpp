#include "gui/DeployTimelineModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Berth::Gui {

using Engine::PlanRunner;
using namespace Berth::Kamal;

DeployTimelineModel::DeployTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeployTimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void DeployTimelineModel::setPlan(const Plan &plan,
                                  const std::function<QString(const QString &)> &redact)
{
    beginResetModel();
    m_rows.clear();
    for (const PlanStage &stage : plan.stages) {
        for (const PlanStep &step : stage.steps) {
            Row row;
            row.host = step.host;
            row.stepId = step.id;
            row.title = step.title;
            QStringList commands;
            for (const PlanAction &action : step.actions) {
                switch (action.kind) {
                case PlanAction::Kind::Run:
                    commands.append(QStringLiteral("$ ") + redact(action.command.toString()));
                    break;
                case PlanAction::Kind::Upload:
                    commands.append(tr("(upload %1)").arg(action.path));
                    break;
                case PlanAction::Kind::AwaitReady:
                    commands.append(tr("(wait until the container is ready)"));
                    break;
                case PlanAction::Kind::Sleep:
                    commands.append(tr("(wait %n second(s))", nullptr, action.seconds));
                    break;
                }
            }
            row.log = tr("Will run:") + QLatin1Char('\n') + commands.join(QLatin1Char('\n'))
                + QLatin1Char('\n');
            m_rows.append(row);
        }
    }
    endResetModel();
}

int DeployTimelineModel::find(const QString &host, const QString &stepId, State state) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.host == host && row.stepId == stepId && row.state == state)
            return i;
    }
    return -1;
}

void DeployTimelineModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DeployTimelineModel::stepStarted(const QString &host, const QString &stepId)
{
    const int row = find(host, stepId, State::Pending);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.state = State::Running;
    r.running.start();
    r.log += QLatin1Char('\n');
    changed(row);
}

void DeployTimelineModel::appendOutput(const QString &host, const QString &stepId,
                                       const QString &text)
{
    const int row = find(host, stepId, State::Running);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.log += text;
    if (r.log.size() > MaxLogSize)
        r.log = tr("(earlier output dropped)") + QLatin1Char('\n') + r.log.right(MaxLogSize / 2);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        r.lastLine = lines.constLast().trimmed();
    changed(row);
}

void DeployTimelineModel::stepFinished(const QString &host, const QString &stepId,
                                       PlanRunner::Outcome outcome, const QString &message,
                                       qint64 ms)
{
    int row = find(host, stepId, State::Running);
    if (row < 0)
        row = find(host, stepId, State::Pending); // skipped or cancelled before it started
    if (row < 0)
        return;
    Row &r = m_rows[row];
    switch (outcome) {
    case PlanRunner::Outcome::Success: r.state = State::Succeeded; break;
    case PlanRunner::Outcome::Failed: r.state = State::Failed; break;
    case PlanRunner::Outcome::Cancelled: r.state = State::Cancelled; break;
    case PlanRunner::Outcome::Skipped: r.state = State::Skipped; break;
    }
    r.elapsedMs = ms;
    r.message = message;
    if (!message.isEmpty()) {
        r.log += QLatin1Char('\n') + message + QLatin1Char('\n');
        r.lastLine = message.section(QLatin1Char('\n'), 0, 0); // the summary; the log has all
    }
    changed(row);
}

void DeployTimelineModel::tick()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == State::Running) {
            m_rows[i].elapsedMs = m_rows.at(i).running.elapsed();
            Q_EMIT dataChanged(index(i, DurationColumn), index(i, DurationColumn));
        }
    }
}

int DeployTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeployTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeployTimelineModel::stateText(State state)
{
    switch (state) {
    case State::Pending: return tr("Waiting");
    case State::Running: return tr("Running");
    case State::Succeeded: return tr("Done");
    case State::Failed: return tr("Failed");
    case State::Cancelled: return tr("Cancelled");
    case State::Skipped: return tr("Skipped");
    }
    return {};
}

QVariant DeployTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case StateRole: return QVariant::fromValue(row.state);
    case LogRole: return row.log;
    case HostRole: return row.host;
    case StepIdRole: return row.stepId;
    default: break;
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StepColumn: return row.title;
        case HostColumn: return row.host.isEmpty() ? tr("this computer") : row.host;
        case StateColumn: return stateText(row.state);
        case DurationColumn:
            return row.state == State::Pending || row.state == State::Skipped
                ? QString()
                : QStringLiteral("%1 s").arg(double(row.elapsedMs) / 1000.0, 0, 'f', 1);
        case OutputColumn: return row.lastLine;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == OutputColumn)
        return row.message.isEmpty() ? row.lastLine : row.message;
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        const QStyle *style = QApplication::style();
        switch (row.state) {
        case State::Pending: return QIcon::fromTheme(QStringLiteral("content-loading-symbolic"));
        case State::Running: return style->standardIcon(QStyle::SP_MediaPlay);
        case State::Succeeded: return style->standardIcon(QStyle::SP_DialogApplyButton);
        case State::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case State::Cancelled: return style->standardIcon(QStyle::SP_DialogCancelButton);
        case State::Skipped: return style->standardIcon(QStyle::SP_ArrowRight);
        }
    }
    return {};
}

QVariant DeployTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn: return tr("Step");
    case HostColumn: return tr("Host");
    case StateColumn: return tr("State");
    case DurationColumn: return tr("Time");
    case OutputColumn: return tr("Last output");
    default: return {};
    }
}

int DeployTimelineModel::count(State state) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [state](const Row &row) { return row.state == state; }));
}

} // namespace Berth::Gui
