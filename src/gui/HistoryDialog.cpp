#include "gui/HistoryDialog.h"

#include "engine/RunHistory.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace Berth::Gui {

namespace {

enum Column { WhenColumn, WhatColumn, VersionColumn, OutcomeColumn, DurationColumn, WhoColumn };

constexpr int MessageRole = Qt::UserRole + 1;

QString seconds(qint64 milliseconds)
{
    return milliseconds < 0 ? QString()
                            : QStringLiteral("%1 s").arg(double(milliseconds) / 1000.0, 0, 'f', 1);
}

} // namespace

HistoryDialog::HistoryDialog(QString projectRoot, QWidget *parent, QString journalFolder)
    : QDialog(parent)
    , m_projectRoot(std::move(projectRoot))
    , m_folder(std::move(journalFolder))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Run History"));
    resize(960, 560);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Operation / step"), tr("Version / host"),
                                        tr("Outcome"), tr("Time"), tr("Who")});
    m_view = new QTreeView(splitter);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Past runs, each with its steps"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setAccessibleName(tr("What the selected step said"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a step that failed to read why."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryDialog::showSelected);
    reload();
}

void HistoryDialog::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_status->setText(tr("Reading the run history…"));
    auto runs = std::make_shared<QList<Engine::RunSummary>>();
    const QString root = m_projectRoot;
    const QString folder = m_folder;
    QThread *thread = QThread::create(
        [runs, root, folder] { *runs = Engine::RunHistory::list(root, 100, folder); });
    connect(thread, &QThread::finished, this, [this, thread, runs] {
        thread->deleteLater();
        m_loading = false;
        m_model->removeRows(0, m_model->rowCount());
        const QStyle *style = this->style();
        for (const Engine::RunSummary &run : std::as_const(*runs)) {
            const bool ok = run.outcome == QLatin1String("success");
            const bool failed = run.outcome == QLatin1String("failed");
            QList<QStandardItem *> row {
                new QStandardItem(run.header.startedAt.toLocalTime().toString(
                    QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                new QStandardItem(run.header.operation
                                  + (run.header.destination.isEmpty()
                                         ? QString()
                                         : QStringLiteral(" -d ") + run.header.destination)),
                new QStandardItem(run.header.version),
                new QStandardItem(outcomeText(run.outcome)),
                new QStandardItem(seconds(run.milliseconds())),
                new QStandardItem(run.header.who)};
            row.at(OutcomeColumn)
                ->setIcon(style->standardIcon(ok           ? QStyle::SP_DialogApplyButton
                                                  : failed ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning));
            for (const Engine::RunSummary::Step &step : run.steps) {
                QList<QStandardItem *> child {
                    new QStandardItem(),
                    new QStandardItem(step.title),
                    new QStandardItem(step.host.isEmpty() ? tr("this computer") : step.host),
                    new QStandardItem(outcomeText(step.outcome)),
                    new QStandardItem(seconds(step.milliseconds)),
                    new QStandardItem()};
                child.at(WhatColumn)->setData(step.message, MessageRole);
                row.constFirst()->appendRow(child);
            }
            m_model->appendRow(row);
        }
        m_status->setText(runs->isEmpty()
                              ? tr("No runs yet: deploys and other operations started from this "
                                   "computer appear here.")
                              : tr("%n run(s) from this computer, newest first. Expand one to "
                                   "see each step's time per host.",
                                   nullptr, int(runs->size())));
        Q_EMIT loaded(int(runs->size()));
    });
    thread->start();
}

QString HistoryDialog::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("success"))
        return tr("Succeeded");
    if (outcome == QLatin1String("failed"))
        return tr("Failed");
    if (outcome == QLatin1String("skipped"))
        return tr("Skipped");
    if (outcome == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (outcome == QLatin1String("interrupted"))
        return tr("Interrupted");
    if (outcome == QLatin1String("dismissed"))
        return tr("Interrupted, dismissed");
    if (outcome.isEmpty())
        return tr("Did not end");
    return outcome; // what recovery wrote (resumed, lock released, …)
}

void HistoryDialog::showSelected()
{
    const QModelIndex index = m_view->currentIndex();
    m_details->setPlainText(index.isValid()
                                ? index.siblingAtColumn(WhatColumn).data(MessageRole).toString()
                                : QString());
}

} // namespace Berth::Gui
