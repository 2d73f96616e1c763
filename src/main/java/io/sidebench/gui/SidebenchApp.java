package io.sidebench.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app (placeholder shell; the workbench issue builds the screens). */
public final class SidebenchApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(SidebenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Sidebench");
        stage.setScene(new Scene(new Label("Sidebench"), 800, 600));
        stage.show();
    }
}
