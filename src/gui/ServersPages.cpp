#include "gui/ServersPages.h"

#include "core/config/ConfigSession.h"
#include "engine/HostConnector.h"
#include "engine/Releases.h"
#include "gui/ConnectPrompter.h"
#include "gui/ExecDialog.h"
#include "gui/PageHeader.h"
#include "gui/Pages.h"
#include "gui/SecretsPage.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

using Engine::ContainerInfo;
using Engine::HostSnapshot;

namespace {

constexpr int VersionRole = Qt::UserRole + 1;
constexpr int HostRole = Qt::UserRole + 2;
constexpr int ContainerRole = Qt::UserRole + 3;
constexpr int ReasonRole = Qt::UserRole + 4;

// Running (a green triangle) or stopped (a grey square): fixed colours that read on light and
// dark palettes alike (the style's media icons are black, invisible in the dark scheme).
QIcon stateIcon(bool running)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        const qreal unit = size / 16.0;
        if (running) {
            painter.setBrush(QColor(0x2f, 0x9e, 0x44));
            const QPointF triangle[] {
                {4 * unit, 3 * unit}, {13 * unit, 8 * unit}, {4 * unit, 13 * unit}};
            painter.drawPolygon(triangle, 3);
        } else {
            painter.setBrush(QColor(0x86, 0x8e, 0x96));
            painter.drawRect(QRectF(4 * unit, 4 * unit, 8 * unit, 8 * unit));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

ServerView::ServerView(QWidget *parent)
    : QWidget(parent)
{ }

ServerView::~ServerView()
{
    stopInspection();
}

void ServerView::stopInspection()
{
    // The inspection's workers are joined here; one waiting for a dialog must not wait on.
    if (m_inspector && m_inspector->isRunning())
        ConnectPrompter::session()->declineOpenQuestions();
    m_inspector.reset();
}

void ServerView::setContext(const QString &projectRoot, const QString &destination,
                            Config::ConfigSession *session, SecretsPage *secrets)
{
    m_projectRoot = projectRoot;
    m_destination = destination;
    m_session = session;
    m_secrets = secrets;
    stopInspection();
    m_snapshots.clear();
    m_config.reset();
    setEnabled(!projectRoot.isEmpty());
    present();
}

void ServerView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_config && m_session && !isRefreshing())
        refresh();
}

Engine::PlanRunner::Connector ServerView::connector() const
{
    Engine::HostKeyPolicy policy;
    policy.knownHostsFile = m_knownHostsFile;
    policy.passphrases = ConnectPrompter::session()->passphrases();
    // A server not in known_hosts yet is shown to the user, as the Deploy page does.
    policy.askHostKey = ConnectPrompter::session()->hostKeyAsker();
    return Engine::makeConnector(m_config, policy);
}

Secrets::Redactor ServerView::redactor() const
{
    if (!m_secrets)
        return {};
    QHash<QString, QString> values = m_secrets->resolution().values();
    const QHash<QString, QString> project = m_secrets->projectValues();
    const QSet<QString> plain = m_secrets->plainNames();
    for (auto it = project.cbegin(); it != project.cend(); ++it) {
        if (!plain.contains(it.key()))
            values.insert(it.key(), it.value());
    }
    return Secrets::Redactor(values);
}

void ServerView::refresh()
{
    if (!m_session || isRefreshing() || !m_session->config().effective)
        return;
    auto config = Kamal::KamalConfig::load(m_session->config().effective, m_destination);
    if (!config) {
        m_summary->setText(config.error().message);
        return;
    }
    m_config = std::make_shared<const Kamal::KamalConfig>(std::move(*config));
    m_snapshots.clear();
    m_inspector = std::make_unique<Engine::ServerInspector>(m_config, connector());
    connect(m_inspector.get(), &Engine::ServerInspector::hostInspected, this,
            [this](const HostSnapshot &snapshot) { m_snapshots.insert(snapshot.host, snapshot); });
    connect(m_inspector.get(), &Engine::ServerInspector::finished, this, [this] {
        m_refresh->setEnabled(true);
        present();
    });
    m_refresh->setEnabled(false);
    m_summary->setText(
        tr("Looking at %n server(s)…", nullptr, static_cast<int>(m_config->allHosts().size())));
    m_inspector->inspect();
}

ReleasesPage::ReleasesPage(QWidget *parent)
    : ServerView(parent)
{
    setObjectName(QStringLiteral("releasesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    auto *top = new QHBoxLayout;
    top->addWidget(new PageHeader(Pages::icon(PageId::Releases), Pages::title(PageId::Releases),
                                  Pages::purpose(PageId::Releases), this),
                   1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("releasesSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("releasesView"));
    m_view->setAccessibleName(tr("Versions on the servers"));
    m_view->setHeaderLabels(
        {tr("Version"), tr("Commit"), tr("Committed"), tr("Live on"), tr("Kept on")});
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("rollbackReason"));
    m_reason->setWordWrap(true);
    m_rollback = new QPushButton(tr("Roll &Back to This Version…"), this);
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    bottom->addWidget(m_reason, 1);
    bottom->addWidget(m_rollback);
    layout->addLayout(bottom);
    connect(m_refresh, &QPushButton::clicked, this, &ServerView::refresh);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &ReleasesPage::updateButton);
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_view->currentItem())
            Q_EMIT rollbackRequested(item->data(0, VersionRole).toString());
    });
    updateButton();
}

void ReleasesPage::present()
{
    m_view->clear();
    if (!config()) {
        m_summary->setText(projectRoot().isEmpty()
                               ? QString()
                               : tr("Refresh to see the versions the servers keep."));
        updateButton();
        return;
    }
    const Engine::ReleaseOverview overview = Engine::releasesOf(*config(), snapshots());
    const QStringList &problems = overview.problems;
    QStringList allVersions;
    for (const Engine::RoleReleases &role : overview.roles) {
        auto *roleItem = new QTreeWidgetItem(m_view, {tr("Role %1").arg(role.role)});
        roleItem->setFirstColumnSpanned(true);
        for (const Engine::Release &release : role.releases) {
            const QString &version = release.version;
            auto *item = new QTreeWidgetItem(
                roleItem,
                {version, QString(), QString(), release.liveOn.join(QStringLiteral(", ")),
                 tr("%1 of %2 hosts").arg(release.keptOn.size()).arg(role.hosts.size())});
            item->setData(0, VersionRole, version);
            QString reason;
            if (release.liveOn.size() == role.hosts.size())
                reason = tr("%1 is live on every host of %2.").arg(version, role.role);
            else if (release.keptOn.size() < role.hosts.size())
                reason
                    = tr("%1 is not kept on every host of %2 any more (%3 of %4), so Kamal cannot "
                         "roll back to it.")
                          .arg(version, role.role)
                          .arg(release.keptOn.size())
                          .arg(role.hosts.size());
            item->setData(0, ReasonRole, reason);
            item->setIcon(0,
                          !release.liveOn.isEmpty() ? stateIcon(true)
                                                    : style()->standardIcon(QStyle::SP_FileIcon));
            allVersions.append(version);
        }
        roleItem->setExpanded(true);
    }
    m_summary->setText(
        problems.isEmpty()
            ? tr("%n version(s) kept on the servers. Select one to roll back to it.", nullptr,
                 static_cast<int>(allVersions.size()))
            : tr("Some servers could not be read: %1").arg(problems.join(QStringLiteral("; "))));
    updateButton();
    // Commit subjects and dates come from the local repository, off the GUI thread.
    auto commits = std::make_shared<QHash<QString, Engine::CommitInfo>>();
    const QString root = projectRoot();
    QThread *thread = QThread::create(
        [commits, root, allVersions] { *commits = Engine::commitsOf(root, allVersions); });
    connect(thread, &QThread::finished, this, [this, thread, commits] {
        thread->deleteLater();
        for (int r = 0; r < m_view->topLevelItemCount(); ++r) {
            QTreeWidgetItem *role = m_view->topLevelItem(r);
            for (int c = 0; c < role->childCount(); ++c) {
                QTreeWidgetItem *item = role->child(c);
                const auto commit = commits->constFind(item->data(0, VersionRole).toString());
                if (commit == commits->cend())
                    continue;
                item->setText(1, commit->subject);
                item->setText(2,
                              QLocale().toString(QDateTime::fromString(commit->date, Qt::ISODate),
                                                 QLocale::ShortFormat));
            }
        }
    });
    thread->start();
}

void ReleasesPage::updateButton()
{
    const QTreeWidgetItem *item = m_view->currentItem();
    const QString version = item ? item->data(0, VersionRole).toString() : QString();
    const QString reason = item ? item->data(0, ReasonRole).toString() : QString();
    m_rollback->setEnabled(!version.isEmpty() && reason.isEmpty());
    m_reason->setText(version.isEmpty() ? tr("Select a version.") : reason);
    m_rollback->setToolTip(reason);
}

ServersPage::ServersPage(QWidget *parent)
    : ServerView(parent)
{
    setObjectName(QStringLiteral("serversPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    auto *top = new QHBoxLayout;
    top->addWidget(new PageHeader(Pages::icon(PageId::Servers), Pages::title(PageId::Servers),
                                  Pages::purpose(PageId::Servers), this),
                   1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_exec = new QPushButton(tr("Run a &Command…"), this);
    m_exec->setObjectName(QStringLiteral("execButton"));
    m_exec->setToolTip(tr("Runs a command in the app's or an accessory's container, as kamal app "
                          "exec and kamal accessory exec do"));
    top->addWidget(m_exec, 0, Qt::AlignTop);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("serversSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *lockRow = new QHBoxLayout;
    m_lock = new QLabel(this);
    m_lock->setObjectName(QStringLiteral("lockLabel"));
    m_lock->setWordWrap(true);
    m_lock->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_releaseLock = new QPushButton(tr("Release the &Lock…"), this);
    m_releaseLock->setObjectName(QStringLiteral("releaseLockButton"));
    lockRow->addWidget(m_lock, 1);
    lockRow->addWidget(m_releaseLock);
    layout->addLayout(lockRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTreeWidget(splitter);
    m_view->setObjectName(QStringLiteral("serversView"));
    m_view->setAccessibleName(tr("Servers and their containers"));
    m_view->setHeaderLabels(
        {tr("Container"), tr("Kind"), tr("State"), tr("Version or image"), tr("Status")});
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *logBox = new QWidget(splitter);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *logButtons = new QHBoxLayout;
    m_follow = new QPushButton(tr("&Follow Logs"), logBox);
    m_follow->setObjectName(QStringLiteral("followLogsButton"));
    m_stop = new QPushButton(tr("S&top"), logBox);
    m_stop->setObjectName(QStringLiteral("stopLogsButton"));
    logButtons->addWidget(m_follow);
    logButtons->addWidget(m_stop);
    logButtons->addStretch(1);
    m_logs = new QPlainTextEdit(logBox);
    m_logs->setObjectName(QStringLiteral("containerLogs"));
    m_logs->setAccessibleName(tr("Logs of the selected container"));
    m_logs->setReadOnly(true);
    m_logs->setMaximumBlockCount(5000); // bounded: a chatty container cannot eat the memory
    m_logs->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLayout->addLayout(logButtons);
    logLayout->addWidget(m_logs, 1);
    layout->addWidget(splitter, 1);
    connect(m_refresh, &QPushButton::clicked, this, &ServerView::refresh);
    connect(m_follow, &QPushButton::clicked, this, &ServersPage::followLogs);
    connect(m_exec, &QPushButton::clicked, this, &ServersPage::showExecDialog);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_follower)
            m_follower->stop();
        m_stop->setEnabled(false);
    });
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this](const QTreeWidgetItem *current) {
        m_follow->setEnabled(current && !current->data(0, ContainerRole).toString().isEmpty());
    });
    connect(m_releaseLock, &QPushButton::clicked, this, [this] {
        auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Release the deploy lock"),
                              tr("Only release a lock nobody is using: a deploy that is still "
                                 "running would go on without it."),
                              QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("releaseLockBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(m_lock->text());
        box->button(QMessageBox::Yes)->setText(tr("Show the Release Plan"));
        connect(box, &QMessageBox::finished, this, [this](int answer) {
            if (answer == QMessageBox::Yes)
                Q_EMIT releaseLockRequested();
        });
        box->open();
    });
    m_follow->setEnabled(false);
    m_stop->setEnabled(false);
}

ServersPage::~ServersPage()
{
    // The follower's worker is joined next; it may be connecting and waiting for a dialog.
    if (m_follower)
        ConnectPrompter::session()->declineOpenQuestions();
}

void ServersPage::present()
{
    m_view->clear();
    m_lock->clear();
    m_releaseLock->hide();
    m_exec->setEnabled(config() != nullptr);
    if (!config()) {
        m_summary->setText(projectRoot().isEmpty() ? QString()
                                                   : tr("Refresh to look at the servers."));
        return;
    }
    int running = 0;
    int stopped = 0;
    QStringList problems;
    const QStringList hosts = config()->allHosts();
    for (const QString &host : hosts) {
        const HostSnapshot snapshot = snapshots().value(host);
        auto *hostItem = new QTreeWidgetItem(m_view, {host});
        hostItem->setFirstColumnSpanned(!snapshot.error.isEmpty());
        if (!snapshot.error.isEmpty()) {
            hostItem->setText(0, QStringLiteral("%1 — %2").arg(host, snapshot.error));
            hostItem->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            problems.append(host);
            continue;
        }
        hostItem->setIcon(0, style()->standardIcon(QStyle::SP_ComputerIcon));
        for (const ContainerInfo &container : snapshot.containers) {
            const QString kind = container.kind == ContainerInfo::Kind::Proxy ? tr("proxy")
                : container.kind == ContainerInfo::Kind::Accessory
                ? tr("accessory %1").arg(container.accessory)
                : tr("app, role %1").arg(container.role);
            auto *item = new QTreeWidgetItem(
                hostItem,
                {container.name, kind, container.state,
                 container.kind == ContainerInfo::Kind::App ? container.version : container.image,
                 container.status});
            item->setData(0, HostRole, host);
            item->setData(0, ContainerRole, container.name);
            item->setIcon(2, stateIcon(container.isRunning()));
            (container.isRunning() ? running : stopped) += 1;
        }
        if (snapshot.lockDetails) {
            m_lock->setText(tr("Deploy lock held on %1:\n%2").arg(host, *snapshot.lockDetails));
            m_releaseLock->show();
        }
        hostItem->setExpanded(true);
    }
    if (m_lock->text().isEmpty() && problems.isEmpty())
        m_lock->setText(tr("No deploy lock is held."));
    m_summary->setText(
        problems.isEmpty()
            ? tr("%1 running, %2 stopped on %n server(s).", nullptr, static_cast<int>(hosts.size()))
                  .arg(running)
                  .arg(stopped)
            : tr("Not reachable: %1.").arg(problems.join(QStringLiteral(", "))));
}

void ServersPage::showExecDialog()
{
    if (!config())
        return;
    auto *dialog = new ExecDialog(*config(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT execRequested(dialog->request(), dialog->isInteractive()); });
    dialog->open();
}

void ServersPage::followLogs()
{
    const QTreeWidgetItem *item = m_view->currentItem();
    if (!item || item->data(0, ContainerRole).toString().isEmpty() || !config())
        return;
    m_logs->clear();
    m_follower = std::make_unique<Engine::LogFollower>(connector(), redactor());
    connect(m_follower.get(), &Engine::LogFollower::output, this, [this](const QString &text) {
        QScrollBar *bar = m_logs->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 4;
        m_logs->moveCursor(QTextCursor::End);
        m_logs->insertPlainText(text);
        if (atEnd)
            bar->setValue(bar->maximum());
    });
    connect(m_follower.get(), &Engine::LogFollower::ended, this, [this](const QString &message) {
        m_stop->setEnabled(false);
        if (!message.isEmpty())
            m_logs->appendPlainText(message);
    });
    m_follower->follow(item->data(0, HostRole).toString(), item->data(0, ContainerRole).toString());
    m_stop->setEnabled(true);
}

} // namespace Berth::Gui
