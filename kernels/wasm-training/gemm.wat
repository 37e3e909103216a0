;; A single-precision matrix product C = A·B (or C += A·B) for the WASM backend's memory, with
;; fused multiply-adds (WebAssembly relaxed SIMD: f32x4.relaxed_madd compiles to vfmadd on x86
;; with FMA). tfjs-backend-wasm's XNNPACK build has no relaxed-SIMD kernels, so its products
;; issue a multiply and an add per lane; here one instruction does both, which is what the MLP's
;; training step (73% products) needs. buildWasmModules.mjs also assembles a plain-SIMD copy
;; (each relaxed_madd rewritten as mul + add) so the packing and edge logic are testable on
;; engines without relaxed SIMD, and the app falls back to it where relaxed SIMD is missing.
;;
;; Layout, as in BLIS/GotoBLAS: A is packed into panels of 4 rows ([K][4] each), B into panels of
;; 8 columns ([K][8] each), both zero-padded at the edges. The 4x8 micro-kernel keeps C's block
;; in 8 registers and, per k, loads 8 floats of B and splats 4 of A: 8 multiply-adds for 6 loads.
;; Every pointer is a byte address in the backend's memory; strides are in elements.
(module
  (import "env" "memory" (memory 1))

  ;; Packs A (M x K; element (m, k) at src + 4*(m*rs + k*cs)) into ceil(M/4) panels of [K][4].
  (func (export "packA")
    (param $dst i32) (param $src i32) (param $M i32) (param $K i32) (param $rs i32) (param $cs i32)
    (local $m0 i32) (local $k i32) (local $r i32) (local $rows i32) (local $out i32) (local $at i32)
    (local $rsBytes i32) (local $csBytes i32)
    (local.set $rsBytes (i32.shl (local.get $rs) (i32.const 2)))
    (local.set $csBytes (i32.shl (local.get $cs) (i32.const 2)))
    (local.set $out (local.get $dst))
    (block $panelsDone
      (loop $panels
        (br_if $panelsDone (i32.ge_s (local.get $m0) (local.get $M)))
        (local.set $rows (i32.sub (local.get $M) (local.get $m0)))
        (if (i32.gt_s (local.get $rows) (i32.const 4)) (then (local.set $rows (i32.const 4))))
        (local.set $k (i32.const 0))
        (if (i32.and (i32.eq (local.get $rows) (i32.const 4)) (i32.eq (local.get $rs) (i32.const 1)))
          (then
            ;; A stored transposed (its 4 rows are adjacent at each k): one vector per k.
            (local.set $at (i32.add (local.get $src) (i32.shl (local.get $m0) (i32.const 2))))
            (block $done (loop $ks
              (br_if $done (i32.ge_s (local.get $k) (local.get $K)))
              (v128.store (local.get $out) (v128.load (local.get $at)))
              (local.set $at (i32.add (local.get $at) (local.get $csBytes)))
              (local.set $out (i32.add (local.get $out) (i32.const 16)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $ks))))
          (else
            (block $done (loop $ks
              (br_if $done (i32.ge_s (local.get $k) (local.get $K)))
              (local.set $at
                (i32.add (local.get $src)
                  (i32.add (i32.mul (local.get $m0) (local.get $rsBytes)) (i32.mul (local.get $k) (local.get $csBytes)))))
              (v128.store (local.get $out) (v128.const f32x4 0 0 0 0))
              (local.set $r (i32.const 0))
              (block $rowsDone (loop $rowLoop
                (br_if $rowsDone (i32.ge_s (local.get $r) (local.get $rows)))
                (f32.store (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 2))) (f32.load (local.get $at)))
                (local.set $at (i32.add (local.get $at) (local.get $rsBytes)))
                (local.set $r (i32.add (local.get $r) (i32.const 1)))
                (br $rowLoop)))
              (local.set $out (i32.add (local.get $out) (i32.const 16)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $ks)))))
        (local.set $m0 (i32.add (local.get $m0) (i32.const 4)))
        (br $panels))))

  ;; Packs B (K x N; element (k, n) at src + 4*(k*rs + n*cs)) into ceil(N/8) panels of [K][8].
  (func (export "packB")
    (param $dst i32) (param $src i32) (param $K i32) (param $N i32) (param $rs i32) (param $cs i32)
    (local $n0 i32) (local $k i32) (local $j i32) (local $cols i32) (local $out i32) (local $at i32)
    (local $rsBytes i32) (local $csBytes i32)
    (local.set $rsBytes (i32.shl (local.get $rs) (i32.const 2)))
    (local.set $csBytes (i32.shl (local.get $cs) (i32.const 2)))
    (local.set $out (local.get $dst))
    (block $panelsDone
      (loop $panels
        (br_if $panelsDone (i32.ge_s (local.get $n0) (local.get $N)))
        (local.set $cols (i32.sub (local.get $N) (local.get $n0)))
        (if (i32.gt_s (local.get $cols) (i32.const 8)) (then (local.set $cols (i32.const 8))))
        (local.set $k (i32.const 0))
        (if (i32.and (i32.eq (local.get $cols) (i32.const 8)) (i32.eq (local.get $cs) (i32.const 1)))
          (then
            ;; B row-major: 8 adjacent floats per k.
            (local.set $at (i32.add (local.get $src) (i32.shl (local.get $n0) (i32.const 2))))
            (block $done (loop $ks
              (br_if $done (i32.ge_s (local.get $k) (local.get $K)))
              (v128.store (local.get $out) (v128.load (local.get $at)))
              (v128.store offset=16 (local.get $out) (v128.load offset=16 (local.get $at)))
              (local.set $at (i32.add (local.get $at) (local.get $rsBytes)))
              (local.set $out (i32.add (local.get $out) (i32.const 32)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $ks))))
          (else
            (block $done (loop $ks
              (br_if $done (i32.ge_s (local.get $k) (local.get $K)))
              (local.set $at
                (i32.add (local.get $src)
                  (i32.add (i32.mul (local.get $k) (local.get $rsBytes)) (i32.mul (local.get $n0) (local.get $csBytes)))))
              (v128.store (local.get $out) (v128.const f32x4 0 0 0 0))
              (v128.store offset=16 (local.get $out) (v128.const f32x4 0 0 0 0))
              (local.set $j (i32.const 0))
              (block $colsDone (loop $colLoop
                (br_if $colsDone (i32.ge_s (local.get $j) (local.get $cols)))
                (f32.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2))) (f32.load (local.get $at)))
                (local.set $at (i32.add (local.get $at) (local.get $csBytes)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $colLoop)))
              (local.set $out (i32.add (local.get $out) (i32.const 32)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $ks)))))
        (local.set $n0 (i32.add (local.get $n0) (i32.const 8)))
        (br $panels))))

  ;; Copies v128s: `bytes` (a multiple of 16) from src to dst, or zeros where src is 0 (the null
  ;; pointer; a sign test would misread addresses past 2 GB).
  (func $copy (param $dst i32) (param $src i32) (param $bytes i32)
    (local $i i32)
    (if (i32.eqz (local.get $src))
      (then
        (block $done (loop $zeros
          (br_if $done (i32.ge_u (local.get $i) (local.get $bytes)))
          (v128.store (i32.add (local.get $dst) (local.get $i)) (v128.const i32x4 0 0 0 0))
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (br $zeros))))
      (else
        (block $done (loop $copies
          (br_if $done (i32.ge_u (local.get $i) (local.get $bytes)))
          (v128.store (i32.add (local.get $dst) (local.get $i)) (v128.load (i32.add (local.get $src) (local.get $i))))
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (br $copies))))))

  ;; Writes the image patches of a channels-last convolution as rows, for gemm with `lda`: row
  ;; p - p0 holds position p's taps (fy, fx, c), c fastest, `count` positions from p0. A tap is
  ;; C contiguous floats of x (zeros in the padding), and a window row whose taps are all inside
  ;; the image is one contiguous run of fw * C floats. Same geometry arguments as packPatchesT.
  (func (export "packPatchRows")
    (param $dst i32) (param $x i32) (param $p0 i32) (param $count i32)
    (param $inH i32) (param $inW i32) (param $C i32) (param $outH i32) (param $outW i32)
    (param $fh i32) (param $fw i32) (param $sh i32) (param $sw i32) (param $padTop i32) (param $padLeft i32)
    (local $p i32) (local $end i32) (local $n i32) (local $oy i32) (local $ox i32)
    (local $fy i32) (local $fx i32) (local $iy i32) (local $ix i32) (local $rowAt i32)
    (local $out i32) (local $imageBytes i32) (local $rowBytes i32) (local $pixelBytes i32) (local $windowRowBytes i32)
    (local.set $pixelBytes (i32.shl (local.get $C) (i32.const 2)))
    (local.set $rowBytes (i32.mul (local.get $inW) (local.get $pixelBytes)))
    (local.set $imageBytes (i32.mul (local.get $inH) (local.get $rowBytes)))
    (local.set $windowRowBytes (i32.mul (local.get $fw) (local.get $pixelBytes)))
    (local.set $end (i32.add (local.get $p0) (local.get $count)))
    (local.set $out (local.get $dst))
    (local.set $ox (i32.rem_u (local.get $p0) (local.get $outW)))
    (local.set $oy (i32.div_u (local.get $p0) (local.get $outW)))
    (local.set $n (i32.div_u (local.get $oy) (local.get $outH)))
    (local.set $oy (i32.rem_u (local.get $oy) (local.get $outH)))
    (local.set $p (local.get $p0))
    (block $positionsDone (loop $positions
      (br_if $positionsDone (i32.ge_s (local.get $p) (local.get $end)))
      (local.set $ix (i32.sub (i32.mul (local.get $ox) (local.get $sw)) (local.get $padLeft)))
      (local.set $fy (i32.const 0))
      (block $fyDone (loop $fyLoop
        (br_if $fyDone (i32.ge_s (local.get $fy) (local.get $fh)))
        (local.set $iy (i32.add (i32.sub (i32.mul (local.get $oy) (local.get $sh)) (local.get $padTop)) (local.get $fy)))
        (local.set $rowAt
          (i32.add (local.get $x) (i32.add (i32.mul (local.get $n) (local.get $imageBytes)) (i32.mul (local.get $iy) (local.get $rowBytes)))))
        (if (i32.and (i32.lt_u (local.get $iy) (local.get $inH))
                     (i32.and (i32.ge_s (local.get $ix) (i32.const 0)) (i32.le_s (i32.add (local.get $ix) (local.get $fw)) (local.get $inW))))
          (then
            (call $copy (local.get $out) (i32.add (local.get $rowAt) (i32.mul (local.get $ix) (local.get $pixelBytes))) (local.get $windowRowBytes))
            (local.set $out (i32.add (local.get $out) (local.get $windowRowBytes))))
          (else
            (local.set $fx (i32.const 0))
            (block $fxDone (loop $fxLoop
              (br_if $fxDone (i32.ge_s (local.get $fx) (local.get $fw)))
              (call $copy (local.get $out)
                (if (result i32) (i32.and (i32.lt_u (local.get $iy) (local.get $inH)) (i32.lt_u (i32.add (local.get $ix) (local.get $fx)) (local.get $inW)))
                  (then (i32.add (local.get $rowAt) (i32.mul (i32.add (local.get $ix) (local.get $fx)) (local.get $pixelBytes))))
                  (else (i32.const 0)))
                (local.get $pixelBytes))
              (local.set $out (i32.add (local.get $out) (local.get $pixelBytes)))
              (local.set $fx (i32.add (local.get $fx) (i32.const 1)))
              (br $fxLoop)))))
        (local.set $fy (i32.add (local.get $fy) (i32.const 1)))
        (br $fyLoop)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
      (if (i32.eq (local.get $ox) (local.get $outW))
        (then
          (local.set $ox (i32.const 0))
          (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
          (if (i32.eq (local.get $oy) (local.get $outH))
            (then
              (local.set $oy (i32.const 0))
              (local.set $n (i32.add (local.get $n) (i32.const 1)))))))
      (br $positions))))

  ;; Packs the transposed image patches of a channels-last convolution as A panels for the filter
  ;; gradient dW[tap, o] = sum over positions p of patch[p, tap] * dy[p, o]: A's rows are taps
  ;; (fy, fx, c) with c fastest, its columns output positions p = (n, oy, ox), here `count` of
  ;; them from p0 (a K block). Channels come in fours, so a panel is 4 adjacent channels of one
  ;; filter tap and each of its columns one 16-byte load of x (zeros where the tap falls in the
  ;; padding). Geometry (all in elements): x is [batch, inH, inW, C]; the output grid outH x outW.
  (func (export "packPatchesT")
    (param $dst i32) (param $x i32) (param $p0 i32) (param $count i32)
    (param $inH i32) (param $inW i32) (param $C i32) (param $outH i32) (param $outW i32)
    (param $fh i32) (param $fw i32) (param $sh i32) (param $sw i32) (param $padTop i32) (param $padLeft i32)
    (local $fy i32) (local $fx i32) (local $c0 i32) (local $p i32) (local $end i32)
    (local $n i32) (local $oy i32) (local $ox i32) (local $iy i32) (local $ix i32)
    (local $out i32) (local $imageBytes i32) (local $rowBytes i32) (local $pixelBytes i32)
    (local $segEnd i32) (local $src i32) (local $step i32)
    (local.set $pixelBytes (i32.shl (local.get $C) (i32.const 2)))
    (local.set $rowBytes (i32.mul (local.get $inW) (local.get $pixelBytes)))
    (local.set $imageBytes (i32.mul (local.get $inH) (local.get $rowBytes)))
    (local.set $step (i32.mul (local.get $sw) (local.get $pixelBytes)))
    (local.set $end (i32.add (local.get $p0) (local.get $count)))
    (local.set $out (local.get $dst))
    (block $fyDone (loop $fyLoop
      (br_if $fyDone (i32.ge_s (local.get $fy) (local.get $fh)))
      (local.set $fx (i32.const 0))
      (block $fxDone (loop $fxLoop
        (br_if $fxDone (i32.ge_s (local.get $fx) (local.get $fw)))
        (local.set $c0 (i32.const 0))
        (block $cDone (loop $cLoop
          (br_if $cDone (i32.ge_s (local.get $c0) (local.get $C)))
          ;; (n, oy, ox) of position p0.
          (local.set $ox (i32.rem_u (local.get $p0) (local.get $outW)))
          (local.set $oy (i32.div_u (local.get $p0) (local.get $outW)))
          (local.set $n (i32.div_u (local.get $oy) (local.get $outH)))
          (local.set $oy (i32.rem_u (local.get $oy) (local.get $outH)))
          (local.set $p (local.get $p0))
          ;; A segment at a time: the rest of one output row (or of the block).
          (block $pDone (loop $segments
            (br_if $pDone (i32.ge_s (local.get $p) (local.get $end)))
            (local.set $segEnd (i32.add (local.get $ox) (i32.sub (local.get $end) (local.get $p))))
            (if (i32.gt_s (local.get $segEnd) (local.get $outW)) (then (local.set $segEnd (local.get $outW))))
            (local.set $p (i32.add (local.get $p) (i32.sub (local.get $segEnd) (local.get $ox))))
            (local.set $iy (i32.add (i32.sub (i32.mul (local.get $oy) (local.get $sh)) (local.get $padTop)) (local.get $fy)))
            (if (i32.lt_u (local.get $iy) (local.get $inH))
              (then
                (local.set $ix (i32.add (i32.sub (i32.mul (local.get $ox) (local.get $sw)) (local.get $padLeft)) (local.get $fx)))
                (local.set $src
                  (i32.add (i32.add (local.get $x) (i32.shl (local.get $c0) (i32.const 2)))
                    (i32.add
                      (i32.add (i32.mul (local.get $n) (local.get $imageBytes)) (i32.mul (local.get $iy) (local.get $rowBytes)))
                      (i32.mul (local.get $ix) (local.get $pixelBytes)))))
                (block $rowDone (loop $row
                  (br_if $rowDone (i32.ge_s (local.get $ox) (local.get $segEnd)))
                  (v128.store (local.get $out)
                    (if (result v128) (i32.lt_u (local.get $ix) (local.get $inW))
                      (then (v128.load (local.get $src)))
                      (else (v128.const f32x4 0 0 0 0))))
                  (local.set $out (i32.add (local.get $out) (i32.const 16)))
                  (local.set $ix (i32.add (local.get $ix) (local.get $sw)))
                  (local.set $src (i32.add (local.get $src) (local.get $step)))
                  (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
                  (br $row))))
              (else
                ;; The tap's input row is padding: zeros for the whole segment.
                (block $rowDone (loop $row
                  (br_if $rowDone (i32.ge_s (local.get $ox) (local.get $segEnd)))
                  (v128.store (local.get $out) (v128.const f32x4 0 0 0 0))
                  (local.set $out (i32.add (local.get $out) (i32.const 16)))
                  (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
                  (br $row)))))
            ;; Next output row (and image).
            (local.set $ox (i32.const 0))
            (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
            (if (i32.eq (local.get $oy) (local.get $outH))
              (then
                (local.set $oy (i32.const 0))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))))
            (br $segments)))
          (local.set $c0 (i32.add (local.get $c0) (i32.const 4)))
          (br $cLoop)))
        (local.set $fx (i32.add (local.get $fx) (i32.const 1)))
        (br $fxLoop)))
      (local.set $fy (i32.add (local.get $fy) (i32.const 1)))
      (br $fyLoop))))

;; One 4x8 block of C from a packed A panel ([K][4]) and a B panel (K >= 1).
  (func $block
    (param $c i32) (param $ap i32) (param $bp i32) (param $K i32) (param $ldcBytes i32)
    (param $rows i32) (param $cols i32) (param $accumulate i32) (param $tmp i32)
    (local $end i32) (local $at i32)
    (local $a v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $end (i32.add (local.get $ap) (i32.shl (local.get $K) (i32.const 4))))
    (loop $ks
      (local.set $b0 (v128.load (local.get $bp)))
      (local.set $b1 (v128.load offset=16 (local.get $bp)))
      (local.set $a (v128.load32_splat (local.get $ap)))
      (local.set $c00 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c00)))
      (local.set $c01 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c01)))
      (local.set $a (v128.load32_splat offset=4 (local.get $ap)))
      (local.set $c10 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c10)))
      (local.set $c11 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c11)))
      (local.set $a (v128.load32_splat offset=8 (local.get $ap)))
      (local.set $c20 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c20)))
      (local.set $c21 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c21)))
      (local.set $a (v128.load32_splat offset=12 (local.get $ap)))
      (local.set $c30 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c30)))
      (local.set $c31 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c31)))
      (local.set $ap (i32.add (local.get $ap) (i32.const 16)))
      (local.set $bp (i32.add (local.get $bp) (i32.const 32)))
      (br_if $ks (i32.lt_u (local.get $ap) (local.get $end))))
    ;; A full block straight into C (inline: a call passing 8 vectors cost ~5% on the MLP).
    (if (i32.and (i32.eq (local.get $rows) (i32.const 4)) (i32.eq (local.get $cols) (i32.const 8)))
      (then
        (if (local.get $accumulate)
          (then
            (local.set $c00 (f32x4.add (local.get $c00) (v128.load (local.get $c))))
            (local.set $c01 (f32x4.add (local.get $c01) (v128.load offset=16 (local.get $c))))
            (local.set $at (i32.add (local.get $c) (local.get $ldcBytes)))
            (local.set $c10 (f32x4.add (local.get $c10) (v128.load (local.get $at))))
            (local.set $c11 (f32x4.add (local.get $c11) (v128.load offset=16 (local.get $at))))
            (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
            (local.set $c20 (f32x4.add (local.get $c20) (v128.load (local.get $at))))
            (local.set $c21 (f32x4.add (local.get $c21) (v128.load offset=16 (local.get $at))))
            (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
            (local.set $c30 (f32x4.add (local.get $c30) (v128.load (local.get $at))))
            (local.set $c31 (f32x4.add (local.get $c31) (v128.load offset=16 (local.get $at))))))
        (v128.store (local.get $c) (local.get $c00))
        (v128.store offset=16 (local.get $c) (local.get $c01))
        (local.set $at (i32.add (local.get $c) (local.get $ldcBytes)))
        (v128.store (local.get $at) (local.get $c10))
        (v128.store offset=16 (local.get $at) (local.get $c11))
        (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
        (v128.store (local.get $at) (local.get $c20))
        (v128.store offset=16 (local.get $at) (local.get $c21))
        (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
        (v128.store (local.get $at) (local.get $c30))
        (v128.store offset=16 (local.get $at) (local.get $c31))
        (return)))
    (call $store (local.get $c) (local.get $ldcBytes) (local.get $rows) (local.get $cols) (local.get $accumulate) (local.get $tmp)
      (local.get $c00) (local.get $c01) (local.get $c10) (local.get $c11)
      (local.get $c20) (local.get $c21) (local.get $c30) (local.get $c31)))

  ;; The same block with A unpacked: 4 rows of a row-major matrix `ldaBytes` apart, read in
  ;; place (no packing pass; an edge block repeats its last row, whose result is not stored).
  (func $blockRows
    (param $c i32) (param $a0 i32) (param $ldaBytes i32) (param $bp i32) (param $K i32) (param $ldcBytes i32)
    (param $rows i32) (param $cols i32) (param $accumulate i32) (param $tmp i32)
    (local $end i32) (local $at i32) (local $a1 i32) (local $a2 i32) (local $a3 i32)
    (local $a v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $a1 (i32.add (local.get $a0) (i32.mul (local.get $ldaBytes) (i32.lt_s (i32.const 1) (local.get $rows)))))
    (local.set $a2 (i32.add (local.get $a1) (i32.mul (local.get $ldaBytes) (i32.lt_s (i32.const 2) (local.get $rows)))))
    (local.set $a3 (i32.add (local.get $a2) (i32.mul (local.get $ldaBytes) (i32.lt_s (i32.const 3) (local.get $rows)))))
    (local.set $end (i32.add (local.get $a0) (i32.shl (local.get $K) (i32.const 2))))
    (loop $ks
      (local.set $b0 (v128.load (local.get $bp)))
      (local.set $b1 (v128.load offset=16 (local.get $bp)))
      (local.set $a (v128.load32_splat (local.get $a0)))
      (local.set $c00 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c00)))
      (local.set $c01 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c01)))
      (local.set $a (v128.load32_splat (local.get $a1)))
      (local.set $c10 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c10)))
      (local.set $c11 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c11)))
      (local.set $a (v128.load32_splat (local.get $a2)))
      (local.set $c20 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c20)))
      (local.set $c21 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c21)))
      (local.set $a (v128.load32_splat (local.get $a3)))
      (local.set $c30 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c30)))
      (local.set $c31 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c31)))
      (local.set $a0 (i32.add (local.get $a0) (i32.const 4)))
      (local.set $a1 (i32.add (local.get $a1) (i32.const 4)))
      (local.set $a2 (i32.add (local.get $a2) (i32.const 4)))
      (local.set $a3 (i32.add (local.get $a3) (i32.const 4)))
      (local.set $bp (i32.add (local.get $bp) (i32.const 32)))
      (br_if $ks (i32.lt_u (local.get $a0) (local.get $end))))
    ;; A full block straight into C (inline: a call passing 8 vectors cost ~5% on the MLP).
    (if (i32.and (i32.eq (local.get $rows) (i32.const 4)) (i32.eq (local.get $cols) (i32.const 8)))
      (then
        (if (local.get $accumulate)
          (then
            (local.set $c00 (f32x4.add (local.get $c00) (v128.load (local.get $c))))
            (local.set $c01 (f32x4.add (local.get $c01) (v128.load offset=16 (local.get $c))))
            (local.set $at (i32.add (local.get $c) (local.get $ldcBytes)))
            (local.set $c10 (f32x4.add (local.get $c10) (v128.load (local.get $at))))
            (local.set $c11 (f32x4.add (local.get $c11) (v128.load offset=16 (local.get $at))))
            (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
            (local.set $c20 (f32x4.add (local.get $c20) (v128.load (local.get $at))))
            (local.set $c21 (f32x4.add (local.get $c21) (v128.load offset=16 (local.get $at))))
            (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
            (local.set $c30 (f32x4.add (local.get $c30) (v128.load (local.get $at))))
            (local.set $c31 (f32x4.add (local.get $c31) (v128.load offset=16 (local.get $at))))))
        (v128.store (local.get $c) (local.get $c00))
        (v128.store offset=16 (local.get $c) (local.get $c01))
        (local.set $at (i32.add (local.get $c) (local.get $ldcBytes)))
        (v128.store (local.get $at) (local.get $c10))
        (v128.store offset=16 (local.get $at) (local.get $c11))
        (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
        (v128.store (local.get $at) (local.get $c20))
        (v128.store offset=16 (local.get $at) (local.get $c21))
        (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
        (v128.store (local.get $at) (local.get $c30))
        (v128.store offset=16 (local.get $at) (local.get $c31))
        (return)))
    (call $store (local.get $c) (local.get $ldcBytes) (local.get $rows) (local.get $cols) (local.get $accumulate) (local.get $tmp)
      (local.get $c00) (local.get $c01) (local.get $c10) (local.get $c11)
      (local.get $c20) (local.get $c21) (local.get $c30) (local.get $c31)))

  ;; Writes (or adds) an edge block held in 8 vectors into C: through `tmp` (128 bytes), so that
  ;; only its rows x cols land.
  (func $store
    (param $c i32) (param $ldcBytes i32) (param $rows i32) (param $cols i32) (param $accumulate i32) (param $tmp i32)
    (param $c00 v128) (param $c01 v128) (param $c10 v128) (param $c11 v128)
    (param $c20 v128) (param $c21 v128) (param $c30 v128) (param $c31 v128)
    (local $r i32) (local $j i32) (local $row i32) (local $at i32)
    (v128.store (local.get $tmp) (local.get $c00))
    (v128.store offset=16 (local.get $tmp) (local.get $c01))
    (v128.store offset=32 (local.get $tmp) (local.get $c10))
    (v128.store offset=48 (local.get $tmp) (local.get $c11))
    (v128.store offset=64 (local.get $tmp) (local.get $c20))
    (v128.store offset=80 (local.get $tmp) (local.get $c21))
    (v128.store offset=96 (local.get $tmp) (local.get $c30))
    (v128.store offset=112 (local.get $tmp) (local.get $c31))
    (block $rowsDone (loop $rowLoop
      (br_if $rowsDone (i32.ge_s (local.get $r) (local.get $rows)))
      (local.set $row (i32.add (local.get $c) (i32.mul (local.get $r) (local.get $ldcBytes))))
      (local.set $j (i32.const 0))
      (block $colsDone (loop $colLoop
        (br_if $colsDone (i32.ge_s (local.get $j) (local.get $cols)))
        (local.set $at (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))))
        (f32.store (local.get $at)
          (if (result f32) (local.get $accumulate)
            (then
              (f32.add (f32.load (local.get $at))
                (f32.load (i32.add (local.get $tmp) (i32.shl (i32.add (i32.shl (local.get $r) (i32.const 3)) (local.get $j)) (i32.const 2))))))
            (else
              (f32.load (i32.add (local.get $tmp) (i32.shl (i32.add (i32.shl (local.get $r) (i32.const 3)) (local.get $j)) (i32.const 2)))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $colLoop)))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rowLoop))))

  ;; C (M x N, row stride ldc) = or += A · packed B, K >= 1; A packed, or with `lda` (bytes
  ;; between rows) not 0, row-major in place. B's panels are taken
  ;; `panelsPerChunk` at a time (sized by the caller to stay in L2) and every A panel runs
  ;; across a chunk before the next chunk starts, so each A panel is read once per chunk.
  (func (export "gemm")
    (param $c i32) (param $a i32) (param $b i32) (param $M i32) (param $N i32) (param $K i32)
    (param $ldc i32) (param $accumulate i32) (param $tmp i32) (param $panelsPerChunk i32) (param $lda i32)
    (local $aPanelBytes i32) (local $bPanelBytes i32) (local $ldcBytes i32)
    (local $nPanels i32) (local $mPanels i32) (local $jc i32) (local $jEnd i32) (local $ip i32) (local $jp i32)
    (local $rows i32) (local $cols i32) (local $cRow i32)
    (local.set $aPanelBytes (i32.shl (local.get $K) (i32.const 4)))
    (local.set $bPanelBytes (i32.shl (local.get $K) (i32.const 5)))
    (local.set $ldcBytes (i32.shl (local.get $ldc) (i32.const 2)))
    (local.set $nPanels (i32.shr_u (i32.add (local.get $N) (i32.const 7)) (i32.const 3)))
    (local.set $mPanels (i32.shr_u (i32.add (local.get $M) (i32.const 3)) (i32.const 2)))
    (block $chunksDone (loop $chunks
      (br_if $chunksDone (i32.ge_s (local.get $jc) (local.get $nPanels)))
      (local.set $jEnd (i32.add (local.get $jc) (local.get $panelsPerChunk)))
      (if (i32.gt_s (local.get $jEnd) (local.get $nPanels)) (then (local.set $jEnd (local.get $nPanels))))
      (local.set $ip (i32.const 0))
      (block $aDone (loop $aPanels
        (br_if $aDone (i32.ge_s (local.get $ip) (local.get $mPanels)))
        (local.set $rows (i32.sub (local.get $M) (i32.shl (local.get $ip) (i32.const 2))))
        (if (i32.gt_s (local.get $rows) (i32.const 4)) (then (local.set $rows (i32.const 4))))
        (local.set $cRow (i32.add (local.get $c) (i32.mul (i32.shl (local.get $ip) (i32.const 2)) (local.get $ldcBytes))))
        (local.set $jp (local.get $jc))
        (block $bDone (loop $bPanels
          (br_if $bDone (i32.ge_s (local.get $jp) (local.get $jEnd)))
          (local.set $cols (i32.sub (local.get $N) (i32.shl (local.get $jp) (i32.const 3))))
          (if (i32.gt_s (local.get $cols) (i32.const 8)) (then (local.set $cols (i32.const 8))))
          (if (local.get $lda)
            (then
              (call $blockRows
                (i32.add (local.get $cRow) (i32.shl (local.get $jp) (i32.const 5)))
                (i32.add (local.get $a) (i32.mul (i32.shl (local.get $ip) (i32.const 2)) (local.get $lda)))
                (local.get $lda)
                (i32.add (local.get $b) (i32.mul (local.get $jp) (local.get $bPanelBytes)))
                (local.get $K) (local.get $ldcBytes) (local.get $rows) (local.get $cols)
                (local.get $accumulate) (local.get $tmp)))
            (else
              (call $block
                (i32.add (local.get $cRow) (i32.shl (local.get $jp) (i32.const 5)))
                (i32.add (local.get $a) (i32.mul (local.get $ip) (local.get $aPanelBytes)))
                (i32.add (local.get $b) (i32.mul (local.get $jp) (local.get $bPanelBytes)))
                (local.get $K) (local.get $ldcBytes) (local.get $rows) (local.get $cols)
                (local.get $accumulate) (local.get $tmp))))
          (local.set $jp (i32.add (local.get $jp) (i32.const 1)))
          (br $bPanels)))
        (local.set $ip (i32.add (local.get $ip) (i32.const 1)))
        (br $aPanels)))
      (local.set $jc (local.get $jEnd))
      (br $chunks))))
)
