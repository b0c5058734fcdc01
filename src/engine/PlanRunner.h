#pragma once

#include "core/Result.h"
#include "core/kamal/Plan.h"
#include "core/secrets/Redactor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace Berth::Ssh {
class Session;
}

namespace Berth::Engine {

class RunJournal;

// Runs a Kamal plan: stage after stage, the steps of one stage in parallel with one worker
// thread per host, each host keeping one SSH session for the whole run. Steps of the
// deploying machine (host "") run locally. A failed StopOnError step stops the run: later
// steps are skipped, except AlwaysRun ones (lock release), which run even after a failure or
// a cancel. Every line of output and every message goes through the redactor before it
// leaves the worker. Signals are emitted from worker threads; connect with the default
// (queued) connection from the GUI. Never blocks the thread that owns it.
class PlanRunner : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Success, Failed, Cancelled, Skipped };
    Q_ENUM(Outcome)

    // Opens an authenticated session to `host` (called on that host's worker thread). The
    // caller decides host-key policy: a GUI checks keys with the user before the run, the CLI
    // refuses unknown keys unless told otherwise.
    using Connector = std::function<Result<std::unique_ptr<Ssh::Session>>(const QString &host)>;

    struct Options
    {
        Connector connect;
        Secrets::Redactor redactor;
        QString projectRoot; // working directory of local steps
        // A remote command that prints nothing for this long is considered lost (a host that
        // drops off the network never closes the channel).
        int inactivityTimeoutSeconds = 300;
        // After the connection to a host drops during a repeatable step (a pull, a read),
        // how long to keep reconnecting (with growing pauses: 1, 2, 4, 8, 16 s) before the
        // run stops.
        int reconnectWindowSeconds = 60;
        // Where every step's start and end is recorded (crash recovery); may be null.
        std::shared_ptr<RunJournal> journal;
    };

    explicit PlanRunner(Options options, QObject *parent = nullptr);
    // Cancels and waits for the workers: a run never outlives its runner.
    ~PlanRunner() override;

    void start(const Kamal::Plan &plan);
    // Asks the run to stop: the running command is interrupted, later steps are cancelled,
    // AlwaysRun steps (lock release) still run. Returns at once.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running.load(); }
    // Waits for the run to end (for the CLI and tests; never on the GUI thread).
    void wait();

Q_SIGNALS:
    void stepStarted(const QString &host, const QString &stepId, const QString &title);
    // Output of the step's commands, already redacted, in batches.
    void output(const QString &host, const QString &stepId, const QString &text);
    void stepFinished(const QString &host, const QString &stepId,
                      Berth::Engine::PlanRunner::Outcome outcome, const QString &message,
                      qint64 elapsedMs);
    void finished(Berth::Engine::PlanRunner::Outcome outcome, const QString &summary);

private:
    struct HostState;
    void run(const Kamal::Plan &plan);
    void runHostSteps(HostState &state, const QList<Kamal::PlanStep> &steps);
    [[nodiscard]] Result<void> runStep(HostState &state, const Kamal::PlanStep &step);
    // runStep(), and after a lost connection: reconnects and repeats a repeatable step, or
    // stops with a message that sends the user to recovery.
    [[nodiscard]] Result<void> runStepReconnecting(HostState &state, const Kamal::PlanStep &step);
    [[nodiscard]] Result<void> runAction(HostState &state, const Kamal::PlanStep &step,
                                         const Kamal::PlanAction &action, bool cancellable);
    // After a new container failed its health check: gathers the facts on the host, stops
    // the new container and returns the failure with the likely cause.
    [[nodiscard]] Error explainHealthCheckFailure(HostState &state, const Kamal::PlanStep &step,
                                                  const Kamal::HealthCheckProbe &probe,
                                                  const QString &failure);
    [[nodiscard]] Result<QString> runCommand(HostState &state, const Kamal::PlanStep &step,
                                             const QString &command, const QByteArray &input,
                                             const QList<std::pair<QString, QString>> &environment,
                                             bool cancellable, int *exitStatus);
    [[nodiscard]] Result<QString> runLocal(const Kamal::PlanStep &step, const QString &command,
                                           const QString &workingDirectory,
                                           const QList<std::pair<QString, QString>> &environment,
                                           bool cancellable, int *exitStatus);
    [[nodiscard]] bool sleepFor(int seconds, bool cancellable) const;

    Options m_options;
    QElapsedTimer m_runClock; // started and read by the run's own threads only
    std::thread m_thread;
    std::atomic_bool m_cancel {false};
    std::atomic_bool m_failed {false};
    std::atomic_bool m_running {false};
};

} // namespace Berth::Engine
