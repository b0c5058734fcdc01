#pragma once

#include "engine/Operation.h"
#include "engine/PlanRunner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace Berth::Config {
class ConfigSession;
}

namespace Berth::Gui {

class DeployTimelineModel;
class SecretsPage;

// The Deploy page: what will happen (the plan, per host, with the exact commands) before
// anything runs, then a live timeline of every step on every host with its output, and a
// summary at the end. Runs happen on worker threads; the page only shows their progress and
// can cancel them (the deploy lock is still released).
class DeployPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeployPage(QWidget *parent = nullptr);
    ~DeployPage() override;

    // Not owned. `secrets` provides the project environment and the resolved secrets.
    void setContext(const QString &projectRoot, const QString &destination,
                    Config::ConfigSession *session, SecretsPage *secrets);
    // The known_hosts file to use instead of ~/.ssh/known_hosts (tests).
    void setKnownHostsFile(const QString &file) { m_knownHostsFile = file; }

    // Builds the plan and shows it (no server is touched).
    void preview();
    // Chooses an operation ("deploy", "rollback", "prune", "lock-release") and a version, and
    // shows its plan: how other pages start a rollback or a lock release.
    void previewOperation(const QString &operation, const QString &version = {});
    // Chooses an operation (as above, with the version from git and a build) and starts it:
    // how "Try It Locally" deploys the sandbox's demo.
    void startOperation(const QString &operation);
    // Runs one of deploy.yml's aliases: interactive ones (`-i`) in the user's terminal through
    // berth-cli, the others as a plan here (exec on every host, with its output per host).
    void runAlias(const QString &name, const QString &command);
    // Runs `app exec` / `accessory exec` (kind, argument, role, command, reuse and version of
    // `exec`): an interactive one in the user's terminal with Kamal's ssh command line, the
    // others at once as a plan here, with each host's output.
    void runExec(const Engine::OperationRequest &exec, bool interactive);
    // Builds the plan, checks the servers' keys (asking about new ones), then runs it.
    void start();
    void cancel();
    [[nodiscard]] bool isBusy() const;
    // The operations the page offers (label, key for previewOperation), for the palette.
    [[nodiscard]] QList<std::pair<QString, QString>> operations() const;
    // The key of the operation chosen now ("deploy", "rollback", …).
    [[nodiscard]] QString currentOperation() const;
    [[nodiscard]] DeployTimelineModel *timeline() const { return m_model; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A run ended (for notifications and other pages, e.g. Releases).
    void runFinished(bool success);

private:
    struct Prepared;
    void prepare(bool run);
    void prepared(const std::shared_ptr<Prepared> &result, bool run);
    void launch(const std::shared_ptr<Prepared> &result, const QHash<QString, QString> &accepted);
    void setBusy(bool busy);
    void showSelectedLog();
    // Looks (off the GUI thread) for a run of this project that never finished.
    void checkInterrupted();
    // Inspects the servers (off the GUI thread) and says per host what finishing the interrupted
    // run on the live version (or rolling it back) does; the plan is shown once the user agrees.
    void offerSettle(bool rollback);
    [[nodiscard]] QString operationName() const;

    QPointer<Config::ConfigSession> m_session;
    QPointer<SecretsPage> m_secrets;
    QString m_projectRoot;
    QString m_destination;
    QString m_knownHostsFile;
    Engine::OperationRequest m_exec; // the exec shown, when the operation is "alias" or "exec"
    bool m_preparing = false;
    bool m_running = false; // from Start until the run's end is shown
    std::unique_ptr<Engine::PlanRunner> m_runner;
    QElapsedTimer m_runTimer;

    QComboBox *m_operation = nullptr;
    QLineEdit *m_version = nullptr;
    QCheckBox *m_skipBuild = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_interrupted = nullptr; // a run Berth did not finish (crash, kill, sleep)
    QLabel *m_interruptedLabel = nullptr;
    QString m_interruptedJournal;
    QString m_interruptedVersion;
    Engine::OperationRequest m_settle; // the recovery shown, when the operation is "settle"
    QString m_settleJournal; // the interrupted run it settles (closed when it succeeds)
    QTreeView *m_view = nullptr;
    DeployTimelineModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTimer *m_ticker = nullptr;
};

} // namespace Berth::Gui
