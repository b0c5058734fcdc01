#include "gui/MainWindow.h"

#include "core/BerthVersion.h"
#include "core/RecentProjects.h"
#include "core/config/ConfigSession.h"
#include "engine/Sandbox.h"
#include "gui/AboutDialog.h"
#include "gui/Appearance.h"
#include "gui/BackupsPage.h"
#include "gui/CommandPalette.h"
#include "gui/ConfigPage.h"
#include "gui/DeployPage.h"
#include "gui/SandboxDialog.h"
#include "gui/SecretsPage.h"
#include "gui/ServersPages.h"
#include "gui/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

constexpr QLatin1String GeometryKey("mainWindow/geometry");
constexpr QLatin1String StateKey("mainWindow/state");
constexpr QLatin1String ColorSchemeKey("appearance/colorScheme");
constexpr QLatin1String LastFolderKey("mainWindow/lastOpenFolder");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/berth.svg")));
    createActions();
    createMenus();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = createSidebar();
    layout->addWidget(m_sidebar);

    m_stack = new QStackedWidget(central);
    m_welcomePage = new WelcomePage(m_stack);
    connect(m_welcomePage, &WelcomePage::tryLocallyRequested, this, &MainWindow::tryLocally);
    connect(m_welcomePage, &WelcomePage::openProjectRequested, this,
            &MainWindow::showOpenProjectDialog);
    connect(m_welcomePage, &WelcomePage::recentProjectActivated, this,
            [this](const QString &path) { (void)openProject(path); });
    m_stack->addWidget(m_welcomePage);
    const auto pages = Pages::all();
    for (const PageId page : pages) {
        if (page == PageId::Config) {
            m_configPage = new ConfigPage(m_stack);
            connect(m_configPage, &ConfigPage::statusMessage, this,
                    [this](const QString &message) { statusBar()->showMessage(message, 8000); });
            m_stack->addWidget(m_configPage);
            continue;
        }
        if (page == PageId::Secrets) {
            m_secretsPage = new SecretsPage(m_stack);
            connect(m_secretsPage, &SecretsPage::statusMessage, this,
                    [this](const QString &message) { statusBar()->showMessage(message, 8000); });
            // deploy.yml's ENV["X"] reads the project environment first, as the guide's
            // KAMAL_SERVER_IP and friends would be exported in a shell.
            connect(m_secretsPage, &SecretsPage::environmentLoaded, this,
                    [this](const QHash<QString, QString> &values) {
                        if (m_configSession)
                            m_configSession->setProjectVariables(values);
                    });
            connect(m_secretsPage, &SecretsPage::secretsResolved, m_configPage,
                    &ConfigPage::setResolvedSecrets);
            m_stack->addWidget(m_secretsPage);
            continue;
        }
        if (page == PageId::Deploy) {
            m_deployPage = new DeployPage(m_stack);
            connect(m_deployPage, &DeployPage::statusMessage, this,
                    [this](const QString &message) { statusBar()->showMessage(message, 8000); });
            m_stack->addWidget(m_deployPage);
            continue;
        }
        if (page == PageId::Releases) {
            m_releasesPage = new ReleasesPage(m_stack);
            m_stack->addWidget(m_releasesPage);
            continue;
        }
        if (page == PageId::Servers) {
            m_serversPage = new ServersPage(m_stack);
            m_stack->addWidget(m_serversPage);
            continue;
        }
        if (page == PageId::Backups) {
            m_backupsPage = new BackupsPage(m_stack);
            connect(m_backupsPage, &BackupsPage::statusMessage, this,
                    [this](const QString &message) { statusBar()->showMessage(message, 8000); });
            connect(m_backupsPage, &BackupsPage::needsAttentionChanged, this,
                    [this](bool attention, const QString &reason) {
                        setPageAttention(PageId::Backups,
                                         !attention             ? QString()
                                             : reason.isEmpty() ? tr("See the Backups page.")
                                                                : reason);
                    });
            m_stack->addWidget(m_backupsPage);
            continue;
        }
    }
    layout->addWidget(m_stack, 1);
    // A form's value comes from a variable: set it where variables live.
    connect(m_configPage, &ConfigPage::changeVariableRequested, this, [this](const QString &name) {
        selectPage(PageId::Secrets);
        m_secretsPage->editVariable(name);
    });
    // Rollback and lock release start on the Deploy page, where the plan is shown first.
    connect(m_releasesPage, &ReleasesPage::rollbackRequested, this, [this](const QString &version) {
        selectPage(PageId::Deploy);
        m_deployPage->previewOperation(QStringLiteral("rollback"), version);
    });
    connect(m_serversPage, &ServersPage::releaseLockRequested, this, [this] {
        selectPage(PageId::Deploy);
        m_deployPage->previewOperation(QStringLiteral("lock-release"));
    });
    // A command from the Servers page runs where the aliases run: interactive ones in a
    // terminal (the Servers page stays), the others on the Deploy page with their output.
    connect(m_serversPage, &ServersPage::execRequested, this,
            [this](const Engine::OperationRequest &exec, bool interactive) {
                if (m_deployPage->isBusy()) {
                    statusBar()->showMessage(
                        tr("The Deploy page is busy; run the command when it has finished."), 8000);
                    return;
                }
                if (!interactive)
                    selectPage(PageId::Deploy);
                m_deployPage->runExec(exec, interactive);
            });
    // After a run the servers changed: the next look at Releases or Servers reads them again.
    connect(m_deployPage, &DeployPage::runFinished, this, [this] {
        m_releasesPage->refresh();
        m_serversPage->refresh();
    });
    for (ServerView *view :
         {static_cast<ServerView *>(m_releasesPage), static_cast<ServerView *>(m_serversPage)})
        connect(view, &ServerView::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    setCentralWidget(central);

    m_statusProjectLabel = new QLabel(this);
    m_statusProjectLabel->setObjectName(QStringLiteral("statusProjectLabel"));
    statusBar()->addPermanentWidget(m_statusProjectLabel);

    QSettings settings;
    const auto scheme = Appearance::fromKey(settings.value(ColorSchemeKey).toString());
    if (scheme && *scheme != Appearance::current())
        Appearance::apply(*scheme);
    const auto checked = static_cast<int>(Appearance::current());
    m_colorSchemeGroup->actions().at(checked)->setChecked(true);
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1180, 740);
    restoreState(settings.value(StateKey).toByteArray());

    refreshRecentProjects();
    refreshProjectViews();
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                               tr("&Open Project…"), this);
    m_openAction->setShortcuts(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open the folder of a Kamal project"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenProjectDialog);

    m_closeAction = new QAction(tr("&Close Project"), this);
    m_closeAction->setShortcuts(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_quitAction
        = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_tryLocallyAction = new QAction(tr("&Try It Locally…"), this);
    m_tryLocallyAction->setStatusTip(
        tr("Deploy the demo project to sandbox servers on this computer"));
    m_tryLocallyAction->setEnabled(Engine::Sandbox::unavailableReason().isEmpty());
    connect(m_tryLocallyAction, &QAction::triggered, this, &MainWindow::tryLocally);

    m_aboutAction = new QAction(tr("&About Berth"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);

    const auto pages = Pages::all();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageId page = pages.at(i);
        auto *action = new QAction(Pages::icon(page), Pages::title(page), this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setStatusTip(Pages::purpose(page));
        connect(action, &QAction::triggered, this, [this, page] { selectPage(page); });
        m_pageActions.append(action);
    }

    m_paletteAction = new QAction(tr("&Command Palette…"), this);
    m_paletteAction->setObjectName(QStringLiteral("paletteAction"));
    m_paletteAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_paletteAction->setStatusTip(
        tr("Find and run a page, an operation, an alias or a recent project by typing"));
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::showCommandPalette);

    m_colorSchemeGroup = new QActionGroup(this);
    for (const auto scheme : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark}) {
        auto *action = new QAction(Appearance::displayName(scheme), m_colorSchemeGroup);
        action->setCheckable(true);
        action->setData(static_cast<int>(scheme));
        connect(action, &QAction::triggered, this,
                [this, scheme] { setColorScheme(static_cast<int>(scheme)); });
    }
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addAction(m_closeAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_tryLocallyAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_paletteAction);
    viewMenu->addSeparator();
    viewMenu->addActions(m_pageActions);
    viewMenu->addSeparator();
    QMenu *appearanceMenu = viewMenu->addMenu(tr("&Appearance"));
    appearanceMenu->addActions(m_colorSchemeGroup->actions());

    // deploy.yml's aliases, one click each (filled when a project opens).
    m_aliasesMenu = menuBar()->addMenu(tr("&Aliases"));
    m_aliasesMenu->setObjectName(QStringLiteral("aliasesMenu"));
    connect(m_aliasesMenu, &QMenu::aboutToShow, this, &MainWindow::refreshAliases);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QFrame(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFrameShape(QFrame::StyledPanel);
    sidebar->setMinimumWidth(220);
    sidebar->setMaximumWidth(280);
    sidebar->setAutoFillBackground(true);
    sidebar->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(12, 14, 12, 12);
    layout->setSpacing(6);

    m_projectNameLabel = new QLabel(sidebar);
    m_projectNameLabel->setObjectName(QStringLiteral("projectNameLabel"));
    QFont nameFont = m_projectNameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_projectNameLabel->setFont(nameFont);
    layout->addWidget(m_projectNameLabel);

    m_projectPathLabel = new QLabel(sidebar);
    m_projectPathLabel->setObjectName(QStringLiteral("projectPathLabel"));
    m_projectPathLabel->setForegroundRole(QPalette::PlaceholderText);
    m_projectPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_projectPathLabel);

    auto *destinationLabel = new QLabel(tr("&Destination:"), sidebar);
    m_destinationCombo = new QComboBox(sidebar);
    m_destinationCombo->setObjectName(QStringLiteral("destinationCombo"));
    m_destinationCombo->setAccessibleName(tr("Destination"));
    m_destinationCombo->setToolTip(tr("Which config/deploy.<destination>.yml is merged over "
                                      "deploy.yml"));
    destinationLabel->setBuddy(m_destinationCombo);
    connect(m_destinationCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString dest = destination();
        m_statusProjectLabel->setText(dest.isEmpty() ? tr("Default destination")
                                                     : tr("Destination: %1").arg(dest));
        if (m_configSession) {
            m_configSession->setDestination(dest);
            // Each destination has its own project environment; it arrives from the keychain.
            m_configSession->setProjectVariables({});
        }
        if (m_project) {
            m_secretsPage->setContext(m_project->rootPath(), dest, m_configSession.get());
            m_deployPage->setContext(m_project->rootPath(), dest, m_configSession.get(),
                                     m_secretsPage);
            m_releasesPage->setContext(m_project->rootPath(), dest, m_configSession.get(),
                                       m_secretsPage);
            m_serversPage->setContext(m_project->rootPath(), dest, m_configSession.get(),
                                      m_secretsPage);
            m_backupsPage->setContext(m_project->rootPath(), dest, m_configSession.get(),
                                      m_secretsPage);
        }
        Q_EMIT destinationChanged(dest);
    });
    layout->addSpacing(6);
    layout->addWidget(destinationLabel);
    layout->addWidget(m_destinationCombo);
    layout->addSpacing(10);

    m_pageList = new QListWidget(sidebar);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setIconSize(QSize(24, 24));
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setSpacing(2);
    m_pageList->viewport()->setAutoFillBackground(false);
    const auto pages = Pages::all();
    for (const PageId page : pages) {
        auto *item = new QListWidgetItem(
            Pages::listIcon(page, m_pageList->palette().color(QPalette::HighlightedText)),
            Pages::title(page), m_pageList);
        item->setToolTip(Pages::purpose(page));
        item->setSizeHint(QSize(0, 36));
    }
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_project)
            m_stack->setCurrentIndex(row + 1); // index 0 is the welcome page
    });
    layout->addWidget(m_pageList, 1);
    return sidebar;
}

Result<void> MainWindow::openProject(const QString &folder)
{
    auto opened = Project::open(folder);
    if (!opened) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open project"),
                                    opened.error().message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openProjectErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(opened.error().message, 10000);
        return unexpected(opened.error());
    }
    m_project = std::move(*opened);
    m_configPage->setSession(nullptr);
    m_configSession = std::make_unique<Config::ConfigSession>(
        Config::projectLoadOptions(m_project->configPath(), QString()));
    m_configPage->setSession(m_configSession.get());
    m_secretsPage->setContext(m_project->rootPath(), QString(), m_configSession.get());
    m_deployPage->setContext(m_project->rootPath(), QString(), m_configSession.get(),
                             m_secretsPage);
    m_releasesPage->setContext(m_project->rootPath(), QString(), m_configSession.get(),
                               m_secretsPage);
    m_serversPage->setContext(m_project->rootPath(), QString(), m_configSession.get(),
                              m_secretsPage);
    m_backupsPage->setContext(m_project->rootPath(), QString(), m_configSession.get(),
                              m_secretsPage);
    // The sandbox's servers have their own host keys, not in ~/.ssh/known_hosts.
    const QString knownHosts = QDir(m_project->rootPath()) == QDir(Engine::Sandbox::projectFolder())
        ? Engine::Sandbox::dataFolder() + QStringLiteral("/ssh/known_hosts")
        : QString();
    m_deployPage->setKnownHostsFile(knownHosts);
    m_releasesPage->setKnownHostsFile(knownHosts);
    m_serversPage->setKnownHostsFile(knownHosts);
    QSettings settings;
    RecentProjects(settings).add(m_project->rootPath());
    refreshRecentProjects();
    refreshProjectViews();
    selectPage(PageId::Config);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_project->rootPath())),
                             5000);
    Q_EMIT projectOpened(m_project->rootPath());
    return {};
}

void MainWindow::tryLocally()
{
    if (m_sandboxDialog && m_sandboxDialog->isRunning()) {
        m_sandboxDialog->raise();
        return;
    }
    if (m_deployPage->isBusy()) {
        statusBar()->showMessage(tr("A run is in progress; try again when it has finished."), 8000);
        return;
    }
    if (!m_sandboxDialog) {
        m_sandboxDialog = new SandboxDialog(this);
        connect(m_sandboxDialog, &SandboxDialog::ready, this,
                [this](const Engine::SandboxProject &sandbox) {
                    if (!openProject(sandbox.folder))
                        return;
                    // Its environment comes from the keychain; the deploy starts once the
                    // secrets are resolved, with the destination "sandbox".
                    auto once = std::make_shared<QMetaObject::Connection>();
                    *once = connect(m_secretsPage, &SecretsPage::secretsResolved, this,
                                    [this, once, wanted = sandbox.destination] {
                                        // A resolution of the default destination (opened
                                        // first) may still report: wait for the sandbox's.
                                        if (destination() != wanted || m_secretsPage->isResolving()
                                            || !m_secretsPage->resolution().unresolved.isEmpty())
                                            return;
                                        disconnect(*once);
                                        selectPage(PageId::Deploy);
                                        auto done = std::make_shared<QMetaObject::Connection>();
                                        *done = connect(m_deployPage, &DeployPage::runFinished,
                                                        this, [this, done](bool success) {
                                                            disconnect(*done);
                                                            if (m_sandboxDialog)
                                                                m_sandboxDialog->deployFinished(
                                                                    success);
                                                        });
                                        m_deployPage->startOperation(QStringLiteral("deploy"));
                                    });
                    const int index = m_destinationCombo->findData(sandbox.destination);
                    m_destinationCombo->setCurrentIndex(index);
                });
    }
    m_sandboxDialog->show();
    m_sandboxDialog->raise();
    m_sandboxDialog->start();
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    m_project.reset();
    m_secretsPage->setContext(QString(), QString(), nullptr);
    m_deployPage->setContext(QString(), QString(), nullptr, nullptr);
    m_releasesPage->setContext(QString(), QString(), nullptr, nullptr);
    m_serversPage->setContext(QString(), QString(), nullptr, nullptr);
    m_backupsPage->setContext(QString(), QString(), nullptr, nullptr);
    m_configPage->setSession(nullptr);
    m_configSession.reset();
    refreshProjectViews();
    Q_EMIT projectClosed();
}

const Project *MainWindow::project() const
{
    return m_project ? &*m_project : nullptr;
}

QString MainWindow::destination() const
{
    return m_destinationCombo->currentData().toString();
}

void MainWindow::selectPage(PageId page)
{
    if (!m_project)
        return;
    const auto row = static_cast<int>(Pages::all().indexOf(page));
    m_pageList->setCurrentRow(row);
    m_stack->setCurrentIndex(row + 1);
}

std::optional<PageId> MainWindow::currentPage() const
{
    const int index = m_stack->currentIndex();
    if (index <= 0)
        return std::nullopt;
    return Pages::all().at(index - 1);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_configSession && m_configSession->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("The configuration has changes that are not saved. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            m_configPage->save(false);
            if (m_configSession->isModified()) {
                event->ignore();
                return;
            }
        }
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

void MainWindow::showOpenProjectDialog()
{
    // A non-blocking dialog (open(), not exec()): the window keeps painting and no nested
    // event loop runs our code re-entrantly.
    auto *dialog = new QFileDialog(this, tr("Open Kamal Project"));
    dialog->setObjectName(QStringLiteral("openProjectDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QSettings settings;
    dialog->setDirectory(settings.value(LastFolderKey, QDir::homePath()).toString());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        QSettings().setValue(LastFolderKey, QFileInfo(folder).absolutePath());
        (void)openProject(folder);
    });
    dialog->open();
}

void MainWindow::showAboutDialog()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refreshRecentProjects()
{
    QSettings settings;
    const QStringList paths = RecentProjects(settings).paths();
    m_welcomePage->setRecentProjects(paths);

    m_recentMenu->clear();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo(path).isDir());
        connect(action, &QAction::triggered, this, [this, path] { (void)openProject(path); });
    }
    if (!paths.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Recent Projects"), this, [this] {
            QSettings store;
            RecentProjects(store).clear();
            refreshRecentProjects();
        });
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::refreshProjectViews()
{
    const bool open = m_project.has_value();
    m_sidebar->setVisible(open);
    m_closeAction->setEnabled(open);
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(open);

    m_destinationCombo->blockSignals(true);
    m_destinationCombo->clear();
    if (open) {
        m_destinationCombo->addItem(tr("(default)"), QString());
        const QStringList destinations = m_project->destinations();
        for (const QString &dest : destinations)
            m_destinationCombo->addItem(dest, dest);
    }
    m_destinationCombo->setEnabled(open && m_destinationCombo->count() > 1);
    m_aliasesMenu->menuAction()->setEnabled(open);
    m_destinationCombo->blockSignals(false);

    if (open) {
        m_projectNameLabel->setText(m_project->displayName());
        // Long paths are elided in the middle, where they differ least; the tooltip has all.
        const QString path = QDir::toNativeSeparators(m_project->rootPath());
        m_projectPathLabel->setText(
            m_projectPathLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, 240));
        m_projectPathLabel->setToolTip(path);
        m_statusProjectLabel->setText(tr("Default destination"));
        setWindowTitle(tr("%1 — Berth").arg(m_project->displayName()));
    } else {
        m_stack->setCurrentWidget(m_welcomePage);
        m_pageList->setCurrentRow(-1);
        m_statusProjectLabel->clear();
        setWindowTitle(QStringLiteral(BERTH_APPLICATION_NAME));
    }
}

QList<std::pair<QString, QString>> MainWindow::aliases() const
{
    QList<std::pair<QString, QString>> result;
    const Config::YamlNodePtr root
        = m_configSession ? m_configSession->config().effective : nullptr;
    const Config::YamlNodePtr aliases = root ? root->value(QStringLiteral("aliases")) : nullptr;
    if (!aliases || !aliases->isMap())
        return result;
    const QStringList names = aliases->keys();
    for (const QString &name : names) {
        const Config::YamlNodePtr command = aliases->value(name);
        if (command && command->isScalar())
            result.append({name, command->scalar});
    }
    return result;
}

void MainWindow::refreshAliases()
{
    m_aliasesMenu->clear();
    const auto all = aliases();
    if (all.isEmpty()) {
        m_aliasesMenu->addAction(tr("No aliases in deploy.yml"))->setEnabled(false);
        return;
    }
    for (const auto &alias : all) {
        const QString &name = alias.first;
        const QString &text = alias.second;
        QAction *action = m_aliasesMenu->addAction(name);
        action->setObjectName(QStringLiteral("alias:") + name);
        action->setStatusTip(text);
        action->setToolTip(text);
        connect(action, &QAction::triggered, this, [this, name, text] {
            selectPage(PageId::Deploy);
            m_deployPage->runAlias(name, text);
        });
    }
}

void MainWindow::showCommandPalette()
{
    if (findChild<CommandPalette *>(QStringLiteral("commandPalette")))
        return; // one at a time
    QList<CommandPalette::Entry> entries;
    if (m_project) {
        for (const PageId page : Pages::all())
            entries.append({tr("Go to %1").arg(Pages::title(page)), tr("page"),
                            Pages::key(page) + QLatin1Char(' ') + Pages::purpose(page),
                            [this, page] { selectPage(page); }});
        // The Deploy page's operations: chosen there with their plan shown, nothing runs yet.
        for (const auto &operation : m_deployPage->operations())
            entries.append({operation.first, tr("operation"), operation.second,
                            [this, key = operation.second] {
                                selectPage(PageId::Deploy);
                                m_deployPage->previewOperation(key);
                            }});
        for (const auto &alias : aliases())
            entries.append({tr("Run alias %1").arg(alias.first), tr("alias"), alias.second,
                            [this, name = alias.first, text = alias.second] {
                                selectPage(PageId::Deploy);
                                m_deployPage->runAlias(name, text);
                            }});
    }
    QSettings settings;
    for (const QString &path : RecentProjects(settings).paths()) {
        if (m_project && path == m_project->rootPath())
            continue;
        entries.append({tr("Open %1").arg(QDir::toNativeSeparators(path)), tr("recent project"),
                        QString(), [this, path] { (void)openProject(path); }});
    }
    entries.append({m_openAction->text().remove(QLatin1Char('&')), tr("project"), QString(),
                    [this] { showOpenProjectDialog(); }});
    if (m_project)
        entries.append({m_closeAction->text().remove(QLatin1Char('&')), tr("project"), QString(),
                        [this] { closeProject(); }});
    auto *palette = new CommandPalette(entries, this);
    palette->open();
}

void MainWindow::setPageAttention(PageId page, const QString &reason)
{
    QListWidgetItem *item = m_pageList->item(static_cast<int>(Pages::all().indexOf(page)));
    if (!item)
        return;
    const QIcon icon
        = Pages::listIcon(page, m_pageList->palette().color(QPalette::HighlightedText));
    if (reason.isEmpty()) {
        item->setIcon(icon);
        item->setToolTip(Pages::purpose(page));
        item->setData(Qt::AccessibleTextRole, QVariant());
        item->setData(Qt::AccessibleDescriptionRole, QVariant());
        return;
    }
    const QString why = tr("%1: needs attention. %2").arg(Pages::title(page), reason);
    item->setIcon(Pages::withAttentionBadge(icon));
    item->setToolTip(why);
    item->setData(Qt::AccessibleTextRole, tr("%1 (needs attention)").arg(Pages::title(page)));
    item->setData(Qt::AccessibleDescriptionRole, why);
}

void MainWindow::setColorScheme(int scheme)
{
    const auto colorScheme = static_cast<ColorScheme>(scheme);
    Appearance::apply(colorScheme);
    QSettings settings;
    settings.setValue(ColorSchemeKey, Appearance::key(colorScheme));
}

} // namespace Berth::Gui
