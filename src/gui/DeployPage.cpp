#include "gui/DeployPage.h"

#include "core/config/ConfigSession.h"
#include "core/secrets/Redactor.h"
#include "engine/HostConnector.h"
#include "engine/Operation.h"
#include "engine/Recovery.h"
#include "engine/RunJournal.h"
#include "engine/Terminal.h"
#include "gui/ConnectPrompter.h"
#include "gui/DeployTimelineModel.h"
#include "gui/DesktopNotification.h"
#include "gui/HistoryDialog.h"
#include "gui/PageHeader.h"
#include "gui/Pages.h"
#include "gui/SecretsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>

namespace Berth::Gui {

using Engine::PlanRunner;

// What the preparation thread hands back to the page.
struct DeployPage::Prepared
{
    Result<Engine::PreparedOperation> operation = fail(QString(), QString());
    QList<Engine::HostKeyCheck> checks;
    Secrets::Redactor redactor;
    QString journalWords; // how `berth-cli` would name this run; empty: not journaled (exec)
    QString settles; // the journal of the interrupted run this one settles, if any
};

DeployPage::DeployPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deployPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(new PageHeader(Pages::icon(PageId::Deploy), Pages::title(PageId::Deploy),
                                     Pages::purpose(PageId::Deploy), this));

    auto *controls = new QHBoxLayout;
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("operationCombo"));
    m_operation->setAccessibleName(tr("Operation"));
    m_operation->addItem(tr("Deploy"), QStringLiteral("deploy"));
    m_operation->addItem(tr("Roll back to a version"), QStringLiteral("rollback"));
    m_operation->addItem(tr("Remove old containers and images"), QStringLiteral("prune"));
    m_operation->addItem(tr("Release the deploy lock"), QStringLiteral("lock-release"));
    m_version = new QLineEdit(this);
    m_version->setObjectName(QStringLiteral("versionEdit"));
    m_version->setAccessibleName(tr("Version"));
    m_version->setMinimumWidth(m_version->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_skipBuild = new QCheckBox(tr("Image already in the &registry (no build)"), this);
    m_skipBuild->setObjectName(QStringLiteral("skipBuildCheck"));
    m_skipBuild->setToolTip(tr("Deploys a version that was built and pushed before (kamal "
                               "deploy --skip-push)"));
    m_preview = new QPushButton(tr("&Preview Plan"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_start->setToolTip(tr("Runs the plan on the servers (Ctrl+Enter)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stops after the running command; the deploy lock is released"));
    auto *operationLabel = new QLabel(tr("&Operation:"), this);
    operationLabel->setBuddy(m_operation);
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_version);
    controls->addWidget(operationLabel);
    controls->addWidget(m_operation);
    controls->addWidget(versionLabel);
    controls->addWidget(m_version, 1);
    controls->addWidget(m_preview);
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);
    auto *history = new QPushButton(tr("&History…"), this);
    history->setObjectName(QStringLiteral("historyButton"));
    history->setToolTip(tr("Past runs from this computer: who, what, version, each step's time"));
    connect(history, &QPushButton::clicked, this, [this] {
        auto *dialog = new HistoryDialog(m_projectRoot, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    layout->addLayout(controls);
    // On a row of its own: next to the buttons it squeezed the version field to a few pixels
    // in a 1280 px window.
    layout->addWidget(m_skipBuild);

    // A run that never finished (Berth was killed, the computer slept): say where it
    // stopped and offer the ways out, each shown as a plan first.
    m_interrupted = new QWidget(this);
    m_interrupted->setObjectName(QStringLiteral("interruptedBanner"));
    m_interrupted->setAutoFillBackground(true);
    m_interrupted->setBackgroundRole(QPalette::ToolTipBase);
    auto *banner = new QHBoxLayout(m_interrupted);
    banner->setContentsMargins(8, 4, 8, 4);
    m_interruptedLabel = new QLabel(m_interrupted);
    m_interruptedLabel->setWordWrap(true);
    m_interruptedLabel->setForegroundRole(QPalette::ToolTipText);
    auto *releaseLock = new QPushButton(tr("Release Its Lock…"), m_interrupted);
    releaseLock->setObjectName(QStringLiteral("interruptedReleaseButton"));
    auto *again = new QPushButton(tr("Deploy It Again…"), m_interrupted);
    again->setObjectName(QStringLiteral("interruptedAgainButton"));
    auto *finishLive = new QPushButton(tr("Finish on Live Version…"), m_interrupted);
    finishLive->setObjectName(QStringLiteral("interruptedFinishLiveButton"));
    finishLive->setToolTip(tr("Every host serves the version kamal-proxy serves now"));
    auto *rollBack = new QPushButton(tr("Roll Back…"), m_interrupted);
    rollBack->setObjectName(QStringLiteral("interruptedRollbackButton"));
    rollBack->setToolTip(tr("Every host goes back to the version live before the run"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_interrupted);
    dismiss->setObjectName(QStringLiteral("interruptedDismissButton"));
    banner->addWidget(m_interruptedLabel, 1);
    for (QPushButton *b : {releaseLock, again, finishLive, rollBack, dismiss})
        banner->addWidget(b);
    m_interrupted->hide();
    layout->addWidget(m_interrupted);
    connect(releaseLock, &QPushButton::clicked, this,
            [this] { previewOperation(QStringLiteral("lock-release")); });
    connect(again, &QPushButton::clicked, this, [this] {
        m_skipBuild->setChecked(true);
        previewOperation(QStringLiteral("deploy"), m_interruptedVersion);
    });
    connect(finishLive, &QPushButton::clicked, this, [this] { offerSettle(false); });
    connect(rollBack, &QPushButton::clicked, this, [this] { offerSettle(true); });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        (void)Engine::RunJournal::close(m_interruptedJournal, QStringLiteral("dismissed"));
        m_interrupted->hide();
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deploySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The summary of this run, and the way to the earlier ones.
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(history, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new DeployTimelineModel(this);
    m_view = new QTreeView(splitter);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline of the steps on each host"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(m_model);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    auto *logBox = new QWidget(splitter);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(logBox);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Find in this step's output (Ctrl+F, Enter for the next)"));
    m_search->setAccessibleName(tr("Find in output"));
    m_log = new QPlainTextEdit(logBox);
    m_log->setObjectName(QStringLiteral("stepLog"));
    m_log->setAccessibleName(tr("Output of the selected step"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLayout->addWidget(m_search);
    logLayout->addWidget(m_log, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, m_model, &DeployTimelineModel::tick);
    connect(m_preview, &QPushButton::clicked, this, &DeployPage::preview);
    connect(m_start, &QPushButton::clicked, this, &DeployPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &DeployPage::cancel);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeployPage::showSelectedLog);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_view->currentIndex().row())
            showSelectedLog();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeployPage::showSelectedLog);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_log->find(m_search->text())) {
            m_log->moveCursor(QTextCursor::Start); // wrap around
            m_log->find(m_search->text());
        }
    });
    const auto updateVersionHint = [this] {
        const QString operation = m_operation->currentData().toString();
        m_version->setPlaceholderText(operation == QLatin1String("rollback")
                                          ? tr("the version to go back to (see Releases)")
                                          : tr("default: the git commit (HEAD)"));
        m_version->setEnabled(operation == QLatin1String("deploy")
                              || operation == QLatin1String("rollback"));
        m_skipBuild->setEnabled(operation == QLatin1String("deploy"));
    };
    connect(m_operation, &QComboBox::currentIndexChanged, this, updateVersionHint);
    updateVersionHint();
    setBusy(false);
    setContext(QString(), QString(), nullptr, nullptr);
}

DeployPage::~DeployPage()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    } // the runner's destructor waits for its workers (the lock release included)
}

void DeployPage::setContext(const QString &projectRoot, const QString &destination,
                            Config::ConfigSession *session, SecretsPage *secrets)
{
    m_projectRoot = projectRoot;
    m_destination = destination;
    m_session = session;
    m_secrets = secrets;
    if (!isBusy()) {
        m_model->clear();
        m_summary->setText(projectRoot.isEmpty()
                               ? QString()
                               : tr("Preview the plan to see every step and command before "
                                    "anything runs."));
    }
    setEnabled(!projectRoot.isEmpty() || isBusy());
    m_interrupted->hide();
    if (!projectRoot.isEmpty())
        checkInterrupted();
}

void DeployPage::checkInterrupted()
{
    auto runs = std::make_shared<QList<Engine::RunJournal::Record>>();
    const QString root = m_projectRoot;
    QThread *thread
        = QThread::create([runs, root] { *runs = Engine::RunJournal::interrupted(root); });
    connect(thread, &QThread::finished, this, [this, thread, runs, root] {
        thread->deleteLater();
        // A run of this page has a journal without an end too: never report that one. A plan
        // being prepared has none yet, so the banner may show meanwhile.
        if (runs->isEmpty() || root != m_projectRoot || m_running)
            return;
        const Engine::RunJournal::Record &run = runs->constFirst();
        QStringList where;
        for (auto it = run.hosts.cbegin(); it != run.hosts.cend(); ++it) {
            if (!it->ended)
                where.append(QStringLiteral("%1: %2").arg(
                    it.key().isEmpty() ? tr("this computer") : it.key(), it->lastTitle));
        }
        m_interruptedJournal = run.path;
        m_interruptedVersion = run.header.version;
        m_interruptedLabel->setText(
            tr("“%1” of version %2 (started %3) never finished: Berth stopped during %4. Release "
               "its deploy lock, then deploy again to bring every host to one version — or run "
               "berth-cli recover.")
                .arg(run.header.operation, run.header.version,
                     QLocale().toString(run.header.startedAt.toLocalTime(), QLocale::ShortFormat),
                     where.isEmpty() ? tr("its last step") : where.join(QStringLiteral("; "))));
        m_interrupted->show();
    });
    thread->start();
}

void DeployPage::offerSettle(bool rollback)
{
    if (isBusy() || m_interruptedJournal.isEmpty())
        return;
    Engine::HostKeyPolicy policy;
    policy.knownHostsFile = m_knownHostsFile;
    QHash<QString, QString> variables;
    if (m_secrets) {
        policy.secrets = m_secrets->resolution().values();
        variables = m_secrets->projectValues();
    }
    auto result = std::make_shared<Result<Engine::InspectedRecovery>>(fail(QString(), QString()));
    m_preparing = true;
    setBusy(true);
    m_summary->setText(tr("Looking at what the servers run…"));
    const QString journal = m_interruptedJournal;
    QThread *thread = QThread::create([journal, policy, variables, result] {
        const auto run = Engine::RunJournal::read(journal);
        *result = run ? Engine::inspectForRecovery(*run, policy, variables)
                      : Result<Engine::InspectedRecovery>(fail(
                          QString(), tr("The journal of the interrupted run cannot be read.")));
    });
    connect(thread, &QThread::finished, this, [this, thread, result, rollback, journal] {
        thread->deleteLater();
        m_preparing = false;
        setBusy(false);
        if (!*result) {
            m_summary->setText(result->error().message);
            return;
        }
        const Engine::RecoveryAssessment &assessment = (*result)->assessment;
        const Engine::RecoveryChoice &choice
            = rollback ? assessment.rollback : assessment.finishLive;
        const QString title = rollback ? tr("Roll Back") : tr("Finish on the Live Version");
        if (!choice.possible) {
            m_summary->setText(tr("%1 is not possible: %2").arg(title, choice.refusal));
            return;
        }
        QStringList perHost;
        for (const auto &[host, steps] : choice.perHost)
            perHost.append(QStringLiteral("%1: %2").arg(host, steps));
        auto *box = new QMessageBox(
            QMessageBox::Question, title,
            rollback ? tr("Every host goes back to version %1, live before the interrupted run "
                          "(%2). On each host:")
                           .arg(choice.version, assessment.previousReason)
                     : tr("Every host serves version %1, the one kamal-proxy serves now. On each "
                          "host:")
                           .arg(choice.version),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("settleBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(perHost.join(QLatin1Char('\n')));
        box->button(QMessageBox::Yes)->setText(tr("Show the Plan"));
        const bool ownLock = assessment.ownLock;
        connect(
            box, &QMessageBox::finished, this, [this, choice, journal, title, ownLock](int answer) {
                if (answer != QMessageBox::Yes)
                    return;
                m_settle = {};
                m_settle.kind = Engine::OperationKind::Recover;
                m_settle.argument = choice.version;
                m_settle.hosts = choice.bootHosts;
                m_settle.releaseOwnLock = ownLock;
                m_settleJournal = journal;
                int index = m_operation->findData(QStringLiteral("settle"));
                if (index < 0) {
                    m_operation->addItem(QString(), QStringLiteral("settle"));
                    index = m_operation->count() - 1;
                }
                m_operation->setItemText(index, tr("%1 to version %2").arg(title, choice.version));
                m_operation->setCurrentIndex(index);
                preview();
            });
        box->open();
    });
    thread->start();
}

bool DeployPage::isBusy() const
{
    // Busy until the page has shown the run's end (the runner's own flag drops a moment
    // before its last signal arrives here).
    return m_preparing || m_running;
}

void DeployPage::setBusy(bool busy)
{
    m_preview->setEnabled(!busy);
    m_start->setEnabled(!busy);
    m_operation->setEnabled(!busy);
    m_cancel->setEnabled(busy && m_running);
}

QList<std::pair<QString, QString>> DeployPage::operations() const
{
    // The fixed ones: an alias, a command or a recovery is there only while it is shown.
    static const QStringList transient {QStringLiteral("alias"), QStringLiteral("exec"),
                                        QStringLiteral("settle")};
    QList<std::pair<QString, QString>> result;
    for (int i = 0; i < m_operation->count(); ++i) {
        const QString key = m_operation->itemData(i).toString();
        if (!transient.contains(key))
            result.append({m_operation->itemText(i), key});
    }
    return result;
}

QString DeployPage::currentOperation() const
{
    return m_operation->currentData().toString();
}

QString DeployPage::operationName() const
{
    return m_operation->currentText();
}

void DeployPage::preview()
{
    prepare(false);
}

void DeployPage::previewOperation(const QString &operation, const QString &version)
{
    if (isBusy())
        return;
    const int index = m_operation->findData(operation);
    if (index >= 0)
        m_operation->setCurrentIndex(index);
    m_version->setText(version);
    preview();
}

void DeployPage::startOperation(const QString &operation)
{
    if (isBusy())
        return;
    const int index = m_operation->findData(operation);
    if (index >= 0)
        m_operation->setCurrentIndex(index);
    m_version->clear();
    m_skipBuild->setChecked(false);
    start();
}

void DeployPage::runAlias(const QString &name, const QString &command)
{
    if (isBusy() || m_projectRoot.isEmpty())
        return;
    const auto words = Secrets::shellSplit(command);
    if (!words || words->isEmpty()) {
        m_summary->setText(tr("The alias “%1” cannot be read: %2").arg(name, command));
        return;
    }
    if (words->contains(QStringLiteral("-i")) || words->contains(QStringLiteral("--interactive"))) {
        // The CLI runs it exactly as Kamal would, in a terminal of its own.
        const QString cli
            = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("berth-cli"));
        QStringList args {QStringLiteral("alias"), name, QStringLiteral("-C"), m_projectRoot};
        if (!m_destination.isEmpty())
            args += {QStringLiteral("-d"), m_destination};
        if (!m_knownHostsFile.isEmpty())
            args += {QStringLiteral("--known-hosts"), m_knownHostsFile};
        const auto opened = Engine::openTerminal(cli, args);
        m_summary->setText(opened ? tr("The alias “%1” opened in a terminal.").arg(name)
                                  : opened.error().message);
        return;
    }
    const auto exec = Engine::execRequestFromWords(*words);
    if (!exec) {
        m_summary->setText(tr("Berth runs aliases of app exec and accessory exec here; for "
                              "“%1”, run berth-cli alias in a terminal.")
                               .arg(command));
        return;
    }
    m_exec = *exec;
    int index = m_operation->findData(QStringLiteral("alias"));
    if (index < 0) {
        m_operation->addItem(QString(), QStringLiteral("alias"));
        index = m_operation->count() - 1;
    }
    m_operation->setItemText(index, tr("Alias %1").arg(name));
    m_operation->setCurrentIndex(index);
    preview();
}

void DeployPage::runExec(const Engine::OperationRequest &exec, bool interactive)
{
    if (isBusy() || m_projectRoot.isEmpty())
        return;
    m_exec = exec;
    if (!interactive) {
        int index = m_operation->findData(QStringLiteral("exec"));
        if (index < 0) {
            m_operation->addItem(QString(), QStringLiteral("exec"));
            index = m_operation->count() - 1;
        }
        m_operation->setItemText(index, tr("Command “%1”").arg(exec.command));
        m_operation->setCurrentIndex(index);
        start();
        return;
    }
    // Interactive: Kamal's ssh command line, found off the GUI thread (with --reuse it asks the
    // host for the running version), then the user's terminal runs it.
    Engine::OperationRequest request = exec;
    request.projectRoot = m_projectRoot;
    request.destination = m_destination;
    Engine::HostKeyPolicy policy;
    policy.knownHostsFile = m_knownHostsFile;
    policy.passphrases = ConnectPrompter::session()->passphrases();
    QHash<QString, QString> redactable;
    if (m_secrets) {
        request.secrets = m_secrets->resolution().values();
        request.projectVariables = m_secrets->projectValues();
        policy.secrets = request.secrets;
        redactable = request.secrets;
    }
    auto result = std::make_shared<Result<Kamal::InteractiveSsh>>(fail(QString(), QString()));
    m_preparing = true;
    setBusy(true);
    m_summary->setText(tr("Opening a terminal for “%1”…").arg(exec.command));
    QThread *thread = QThread::create([request, policy, result] {
        const auto prepared = Engine::prepareOperation(request);
        if (!prepared) {
            *result = unexpected(prepared.error());
            return;
        }
        *result = Engine::interactiveExec(prepared->config, request, policy, true);
    });
    const Secrets::Redactor redactor(redactable);
    connect(thread, &QThread::finished, this, [this, thread, result, redactor] {
        thread->deleteLater();
        m_preparing = false;
        setBusy(false);
        if (!*result) {
            m_summary->setText(redactor.redact(result->error().message));
            return;
        }
        const auto opened = Engine::openTerminal(QStringLiteral("ssh"), (*result)->arguments);
        m_summary->setText(
            opened ? tr("Opened in a terminal: %1").arg(redactor.redact((*result)->commandLine))
                   : opened.error().message);
        Q_EMIT statusMessage(m_summary->text());
    });
    thread->start();
}

void DeployPage::start()
{
    prepare(true);
}

void DeployPage::cancel()
{
    if (m_running && m_runner) {
        m_runner->cancel();
        m_summary->setText(tr("Cancelling after the running command; the deploy lock will be "
                              "released…"));
    }
}

void DeployPage::prepare(bool run)
{
    if (isBusy() || m_projectRoot.isEmpty())
        return;
    Engine::OperationRequest request;
    request.projectRoot = m_projectRoot;
    request.destination = m_destination;
    const QString operation = m_operation->currentData().toString();
    request.kind = operation == QLatin1String("rollback") ? Engine::OperationKind::Rollback
        : operation == QLatin1String("prune")             ? Engine::OperationKind::Prune
        : operation == QLatin1String("lock-release")      ? Engine::OperationKind::LockRelease
                                                          : Engine::OperationKind::Deploy;
    if (operation == QLatin1String("settle")) {
        request.kind = m_settle.kind;
        request.argument = m_settle.argument;
        request.hosts = m_settle.hosts;
        request.releaseOwnLock = m_settle.releaseOwnLock;
    } else if (operation == QLatin1String("alias") || operation == QLatin1String("exec")) {
        request.kind = m_exec.kind;
        request.argument = m_exec.argument;
        request.role = m_exec.role;
        request.command = m_exec.command;
        request.reuse = m_exec.reuse;
        request.version = m_exec.version;
        request.hosts = m_exec.hosts;
    } else if (request.kind == Engine::OperationKind::Rollback) {
        request.argument = m_version->text().trimmed();
        if (request.argument.isEmpty()) {
            m_summary->setText(tr("Say which version to roll back to."));
            m_version->setFocus();
            return;
        }
    } else if (request.kind == Engine::OperationKind::Deploy) {
        request.version = m_version->text().trimmed();
        request.skipPush = m_skipBuild->isChecked();
    }
    // Secrets: a snapshot from the Secrets page, taken here on the GUI thread.
    QHash<QString, QString> redactable;
    if (m_secrets) {
        if (m_secrets->isResolving()) {
            m_summary->setText(tr("The secrets are still being read; try again in a moment."));
            return;
        }
        const Secrets::SecretsResolution &resolution = m_secrets->resolution();
        if (!resolution.unresolved.isEmpty()) {
            QStringList names;
            for (const auto &secret : resolution.unresolved)
                names.append(secret.name);
            m_summary->setText(tr("These secrets are not set, and Kamal would stop at them: %1. "
                                  "Set them on the Secrets page.")
                                   .arg(names.join(QStringLiteral(", "))));
            return;
        }
        request.secrets = resolution.values();
        request.projectVariables = m_secrets->projectValues();
        redactable = request.secrets;
        const QSet<QString> plain = m_secrets->plainNames();
        for (auto it = request.projectVariables.cbegin(); it != request.projectVariables.cend();
             ++it) {
            if (!plain.contains(it.key()))
                redactable.insert(it.key(), it.value());
        }
    }
    m_preparing = true;
    setBusy(true);
    m_summary->setText(run ? tr("Preparing and checking the servers…") : tr("Preparing the plan…"));
    auto result = std::make_shared<Prepared>();
    result->redactor = Secrets::Redactor(redactable);
    switch (request.kind) {
    case Engine::OperationKind::Deploy:
        result->journalWords
            = request.skipPush ? QStringLiteral("deploy --skip-push") : QStringLiteral("deploy");
        break;
    case Engine::OperationKind::Rollback:
        result->journalWords = QStringLiteral("rollback ") + request.argument;
        break;
    case Engine::OperationKind::Recover:
        // A resume of it, should this run be interrupted too, is Kamal's rollback.
        result->journalWords = QStringLiteral("rollback ") + request.argument;
        result->settles = m_settleJournal;
        break;
    case Engine::OperationKind::Prune: result->journalWords = QStringLiteral("prune"); break;
    case Engine::OperationKind::LockRelease:
        result->journalWords = QStringLiteral("lock release");
        break;
    default: break;
    }
    // The check passes jump hosts on the way: their unknown keys and key passphrases are asked
    // from the check's thread, in dialogs.
    Engine::HostKeyPolicy checkPolicy;
    checkPolicy.knownHostsFile = m_knownHostsFile;
    checkPolicy.secrets = request.secrets;
    checkPolicy.askHostKey = ConnectPrompter::session()->hostKeyAsker();
    checkPolicy.passphrases = ConnectPrompter::session()->passphrases();
    QThread *thread = QThread::create([request, result, run, checkPolicy] {
        result->operation = Engine::prepareOperation(request);
        if (!run || !result->operation)
            return;
        QStringList hosts = result->operation->plan.hosts();
        hosts.removeAll(QString());
        result->checks = Engine::checkHostKeys(*result->operation->config, hosts, checkPolicy);
    });
    connect(thread, &QThread::finished, this, [this, thread, result, run] {
        thread->deleteLater();
        m_preparing = false;
        prepared(result, run);
    });
    thread->start();
}

void DeployPage::prepared(const std::shared_ptr<Prepared> &result, bool run)
{
    setBusy(false);
    if (!result->operation) {
        m_summary->setText(result->redactor.redact(result->operation.error().message));
        Q_EMIT statusMessage(m_summary->text());
        return;
    }
    const Engine::PreparedOperation &operation = *result->operation;
    const Secrets::Redactor redactor = result->redactor;
    m_model->setPlan(operation.plan,
                     [redactor](const QString &text) { return redactor.redact(text); });
    QStringList hosts = operation.plan.hosts();
    hosts.removeAll(QString());
    if (!run) {
        m_summary->setText(tr("%1 of version %2: %n step(s) on %3. Nothing runs until you press "
                              "Start; select a step to see its commands.",
                              nullptr, m_model->rowCount())
                               .arg(operationName(),
                                    operation.version.isEmpty() ? tr("(none)") : operation.version,
                                    tr("%n host(s)", nullptr, static_cast<int>(hosts.size()))));
        return;
    }
    // Host keys: unreachable or changed stop here; new ones are shown to the user.
    QStringList problems;
    QStringList unknown;
    QHash<QString, QString> fingerprints;
    for (const Engine::HostKeyCheck &check : result->checks) {
        if (!check.error.isEmpty())
            problems.append(check.error);
        else if (check.key.state == Ssh::HostKeyState::Changed)
            problems.append(tr("The key of %1 changed since it was trusted (%2): someone may be "
                               "intercepting the connection. If the server was rebuilt, remove "
                               "its old line with: ssh-keygen -R %1")
                                .arg(check.host, check.key.sha256Fingerprint));
        else if (check.key.state == Ssh::HostKeyState::Unknown) {
            unknown.append(QStringLiteral("%1  %2 %3")
                               .arg(check.host, check.key.type, check.key.sha256Fingerprint));
            fingerprints.insert(check.host, check.key.sha256Fingerprint);
        }
    }
    if (!problems.isEmpty()) {
        m_summary->setText(tr("Nothing ran: %1").arg(problems.join(QLatin1Char('\n'))));
        return;
    }
    if (unknown.isEmpty()) {
        launch(result, {});
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("New servers"),
                                tr("These servers are not in your known_hosts yet. Compare the "
                                   "fingerprints with what your provider shows, then trust them:"),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("hostKeyBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(unknown.join(QLatin1Char('\n')));
    box->button(QMessageBox::Yes)->setText(tr("Trust and Start"));
    connect(box, &QMessageBox::finished, this, [this, result, fingerprints](int answer) {
        if (answer == QMessageBox::Yes)
            launch(result, fingerprints);
        else
            m_summary->setText(tr("Nothing ran: the new servers were not trusted."));
    });
    box->open();
}

void DeployPage::launch(const std::shared_ptr<Prepared> &result,
                        const QHash<QString, QString> &accepted)
{
    const Engine::PreparedOperation &operation = *result->operation;
    Engine::HostKeyPolicy policy;
    policy.knownHostsFile = m_knownHostsFile;
    policy.acceptedFingerprints = accepted;
    policy.secrets = m_secrets ? m_secrets->resolution().values() : QHash<QString, QString>();
    policy.passphrases = ConnectPrompter::session()->passphrases();
    PlanRunner::Options options;
    options.connect = Engine::makeConnector(operation.config, policy);
    options.redactor = result->redactor;
    options.projectRoot = m_projectRoot;
    if (!result->journalWords.isEmpty()) {
        // Journaled like berth-cli's runs: if Berth dies, the next start says where it stopped.
        Engine::RunJournal::Header header;
        header.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        header.projectRoot = m_projectRoot;
        header.destination = m_destination;
        header.operation = result->journalWords;
        header.version = operation.version;
        header.lockDetails = operation.lockDetails;
        header.hosts = operation.plan.hosts();
        header.startedAt = QDateTime::currentDateTimeUtc();
        auto journal = Engine::RunJournal::create(header);
        if (!journal) {
            m_summary->setText(journal.error().message);
            return;
        }
        options.journal = *journal;
    }
    m_runner = std::make_unique<PlanRunner>(options);
    connect(
        m_runner.get(), &PlanRunner::stepStarted, this,
        [this](const QString &host, const QString &stepId) { m_model->stepStarted(host, stepId); });
    connect(m_runner.get(), &PlanRunner::output, this,
            [this](const QString &host, const QString &stepId, const QString &text) {
                m_model->appendOutput(host, stepId, text);
            });
    connect(m_runner.get(), &PlanRunner::stepFinished, this,
            [this](const QString &host, const QString &stepId, PlanRunner::Outcome outcome,
                   const QString &message, qint64 ms) {
                m_model->stepFinished(host, stepId, outcome, message, ms);
                if (outcome == PlanRunner::Outcome::Failed) {
                    // Show the failure where the user looks.
                    for (int row = 0; row < m_model->rowCount(); ++row) {
                        const QModelIndex index = m_model->index(row, 0);
                        if (index.data(DeployTimelineModel::StateRole)
                                .value<DeployTimelineModel::State>()
                            == DeployTimelineModel::State::Failed) {
                            m_view->setCurrentIndex(index);
                            break;
                        }
                    }
                }
            });
    const QString version = operation.version;
    const QString settles = result->settles;
    connect(m_runner.get(), &PlanRunner::finished, this,
            [this, version, settles](PlanRunner::Outcome outcome, const QString &summary) {
                if (outcome == PlanRunner::Outcome::Success && !settles.isEmpty()) {
                    (void)Engine::RunJournal::close(settles, QStringLiteral("settled"));
                    m_interrupted->hide();
                }
                m_ticker->stop();
                m_model->tick();
                m_running = false;
                const double seconds = double(m_runTimer.elapsed()) / 1000.0;
                const QString counts
                    = tr("%1 done, %2 failed, %3 skipped, %4 cancelled")
                          .arg(m_model->count(DeployTimelineModel::State::Succeeded))
                          .arg(m_model->count(DeployTimelineModel::State::Failed))
                          .arg(m_model->count(DeployTimelineModel::State::Skipped))
                          .arg(m_model->count(DeployTimelineModel::State::Cancelled));
                m_summary->setText(
                    QStringLiteral("%1 %2 (%3; %4 s)")
                        .arg(summary,
                             version.isEmpty() ? QString() : tr("Version %1.").arg(version), counts)
                        .arg(seconds, 0, 'f', 1));
                setBusy(false);
                Q_EMIT statusMessage(summary);
                Q_EMIT runFinished(outcome == PlanRunner::Outcome::Success);
                // A long run that ended while the user looked elsewhere asks for attention.
                if (seconds > 20 && window() && !window()->isActiveWindow())
                    DesktopNotification::show(window(), tr("Berth: %1").arg(operationName()),
                                              m_summary->text(),
                                              outcome == PlanRunner::Outcome::Failed);
            });
    m_summary->setText(tr("Running %1… Select a step to follow its output.").arg(operationName()));
    m_runTimer.start();
    m_ticker->start();
    m_running = true;
    m_runner->start(operation.plan);
    setBusy(true);
    // A command's output is what the user came for: show the first host's at once.
    const QString kind = m_operation->currentData().toString();
    if (kind == QLatin1String("exec") || kind == QLatin1String("alias"))
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void DeployPage::showSelectedLog()
{
    const QModelIndex index = m_view->currentIndex();
    const QString log
        = index.isValid() ? index.data(DeployTimelineModel::LogRole).toString() : QString();
    if (m_log->toPlainText() == log)
        return;
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    m_log->setPlainText(log);
    if (atEnd)
        bar->setValue(bar->maximum()); // follow the output while the user is at its end
}

} // namespace Berth::Gui
