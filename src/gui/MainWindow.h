#pragma once

#include "core/Project.h"
#include "core/Result.h"
#include "core/config/ConfigLoader.h"
#include "gui/Pages.h"

#include <QMainWindow>

#include <optional>

class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Berth::Config {
class ConfigSession;
}

namespace Berth::Gui {

class ConfigPage;
class SandboxDialog;
class SecretsPage;
class DeployPage;
class ReleasesPage;
class ServersPage;
class BackupsPage;
class WelcomePage;

// The application window: a sidebar with the open project and its pages, the pages in a
// stack, menus and a status bar. Lives on the GUI thread; it only presents — opening a
// project is a quick look at a folder, and every long operation runs elsewhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the Kamal project in `folder`. On failure the window says why (a message box that
    // does not block the caller) and the error is returned too.
    Result<void> openProject(const QString &folder);
    void closeProject();

    [[nodiscard]] const Project *project() const;
    // The selected destination; empty for the default configuration.
    [[nodiscard]] QString destination() const;

    void selectPage(PageId page);
    // "Try It Locally": starts the local sandbox, opens its copy of the demo with destination
    // "sandbox" and deploys it (Linux, source builds; see Engine::Sandbox).
    void tryLocally();
    [[nodiscard]] SandboxDialog *sandboxDialog() const { return m_sandboxDialog; }
    // The visible page; std::nullopt while the welcome screen shows.
    [[nodiscard]] std::optional<PageId> currentPage() const;

Q_SIGNALS:
    void projectOpened(const QString &rootPath);
    void projectClosed();
    void destinationChanged(const QString &destination);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createSidebar();
    void showOpenProjectDialog();
    void showAboutDialog();
    void refreshRecentProjects();
    void refreshProjectViews();
    void setColorScheme(int scheme);
    void refreshAliases();
    // The aliases of deploy.yml (name, command), in written order.
    [[nodiscard]] QList<std::pair<QString, QString>> aliases() const;
    void showCommandPalette();
    // A badge on the page's sidebar entry with `reason` as its description; empty: none.
    void setPageAttention(PageId page, const QString &reason);

    std::optional<Project> m_project;
    std::unique_ptr<Config::ConfigSession> m_configSession;
    ConfigPage *m_configPage = nullptr;
    SecretsPage *m_secretsPage = nullptr;
    DeployPage *m_deployPage = nullptr;
    ReleasesPage *m_releasesPage = nullptr;
    ServersPage *m_serversPage = nullptr;
    BackupsPage *m_backupsPage = nullptr;

    QWidget *m_sidebar = nullptr;
    QLabel *m_projectNameLabel = nullptr;
    QLabel *m_projectPathLabel = nullptr;
    QComboBox *m_destinationCombo = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QLabel *m_statusProjectLabel = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_tryLocallyAction = nullptr;
    SandboxDialog *m_sandboxDialog = nullptr;
    QAction *m_paletteAction = nullptr;
    QList<QAction *> m_pageActions;
    QActionGroup *m_colorSchemeGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_aliasesMenu = nullptr;
};

} // namespace Berth::Gui
