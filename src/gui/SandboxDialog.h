#pragma once

#include "engine/Sandbox.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;

namespace Berth::Gui {

// "Try It Locally": shows the sandbox starting (one line per part of the test environment),
// then hands the prepared demo copy to the window (ready()), which opens it and deploys it;
// the dialog ends with the link to the running demo. Non-modal: the deploy's timeline stays
// usable behind it.
class SandboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SandboxDialog(QWidget *parent = nullptr);
    ~SandboxDialog() override;

    void start();
    // The deploy of the sandbox project ended (the window reports it).
    void deployFinished(bool success);
    [[nodiscard]] QString log() const;
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void ready(const Berth::Engine::SandboxProject &project);

private:
    void append(const QString &line);
    void finished(const Result<Engine::SandboxProject> &result);

    std::unique_ptr<QSettings> m_catalog;
    Engine::Sandbox *m_sandbox = nullptr;
    Engine::SandboxProject m_project;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_link = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Berth::Gui
