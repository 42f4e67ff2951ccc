"use client";
// The boundary itself (a class: React catches render errors only there). Its words come from the
// server (error-boundary.tsx), so that the browser needs no catalogue for them.
import { Component, type ReactNode } from "react";

export class ErrorBoundaryClient extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
