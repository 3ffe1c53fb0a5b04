import { describe, expect, it } from "vitest";
import { describeAuthErrorCode, validateSignIn, validateSignUp } from "@/components/auth/validation";

describe("auth form validation", () => {
  it("asks for what is missing before calling the server", () => {
    expect(validateSignIn({ email: "", password: "" })).toEqual({ email: "Enter your email address", password: "Enter your password" });
    expect(validateSignUp({ name: "Ada", email: "ada@uni.edu", password: "short" })).toEqual({
      password: "Password must be at least 8 characters",
    });
    expect(validateSignUp({ name: "Ada", email: "not-an-email", password: "long enough" }).email).toMatch(/email address like/);
  });

  it("turns next-auth codes into sentences, never echoing unknown codes", () => {
    expect(describeAuthErrorCode("OAuthAccountNotLinked")).toMatch(/already has a Stoa account/);
    expect(describeAuthErrorCode("<script>")).toBe("Sign-in did not work. Please try again.");
  });
});
